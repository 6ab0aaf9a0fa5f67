// An uploaded .xlsx is a zip of XML: before the workbook library inflates it into memory, this reads it as a stream,
// part by part and chunk by chunk, and stops at the first limit passed. A zip bomb, a sheet of 200,000 rows, a cell of
// a million characters or a file that is not a zip is refused with its reason in Vietnamese and English, and memory stays bounded by the limits.
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { text, type LocalizedText } from '@thidua/domain';

export const WORKBOOK_LIMITS = {
  /** Parts in the zip: a workbook from the template has about 15. */
  entries: 500,
  /** Inflated size of all parts together: the largest sheet the templates make (100,000 rows) is about 40 MB. */
  inflatedBytes: 64 * 1024 * 1024,
  /** Rows of any worksheet: the district sheet of 100,000 values, its heading rows and some room. */
  rows: 100_100,
  /** Columns of any worksheet: the templates use 8. */
  columns: 100,
  /** Characters in one cell: Excel's own limit. */
  cellChars: 32_767,
} as const;

export type WorkbookLimits = typeof WORKBOOK_LIMITS;

/** Why a file was refused: what the reader sees (in their language), naming the part and the limit. */
export class WorkbookRefused extends Error {
  constructor(readonly words: LocalizedText) {
    super(words.vi);
  }
}

const vi = (n: number) => n.toLocaleString('vi-VN');
const en = (n: number) => n.toLocaleString('en-GB');
export const UNREADABLE = text(
  'Không đọc được tệp: hãy lưu lại dưới dạng Excel (.xlsx) rồi thử lại.',
  'The file cannot be read: save it as an Excel workbook (.xlsx) and try again.',
);

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  dataStart: number;
}

/** The zip's table of contents (its central directory), held to what the library that opens the file will read: the
 * directory ends where the end record starts, holds exactly the entries the record counts, and each entry's local
 * header names the same part. A file that says one thing to this guard and another to the library is refused. */
const entriesOf = (file: Buffer, limits: WorkbookLimits): Entry[] => {
  const from = Math.max(0, file.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = file.length - 22; i >= from; i--) {
    if (file.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new WorkbookRefused(UNREADABLE);
  const count = file.readUInt16LE(eocd + 10);
  const directorySize = file.readUInt32LE(eocd + 12);
  const directoryAt = file.readUInt32LE(eocd + 16);
  // ZIP64 markers (no workbook of ours needs them) and a directory that does not end at the end record are refused.
  if (
    count === 0xffff ||
    directorySize === 0xffffffff ||
    directoryAt === 0xffffffff ||
    directoryAt + directorySize !== eocd
  )
    throw new WorkbookRefused(UNREADABLE);
  if (count > limits.entries)
    throw new WorkbookRefused(
      text(
        `Tệp có ${vi(count)} phần, quá giới hạn ${vi(limits.entries)}: đây không phải bảng tính tải từ hệ thống.`,
        `The file has ${en(count)} parts, over the limit of ${en(limits.entries)}: it is not a sheet downloaded from the system.`,
      ),
    );
  const entries: Entry[] = [];
  let at = directoryAt;
  while (at < eocd) {
    if (entries.length >= count || at + 46 > eocd || file.readUInt32LE(at) !== 0x02014b50)
      throw new WorkbookRefused(UNREADABLE);
    const nameLength = file.readUInt16LE(at + 28);
    const local = file.readUInt32LE(at + 42);
    if (local + 30 > file.length || file.readUInt32LE(local) !== 0x04034b50) throw new WorkbookRefused(UNREADABLE);
    const name = file.toString('utf8', at + 46, at + 46 + nameLength);
    const localNameLength = file.readUInt16LE(local + 26);
    const entry: Entry = {
      name,
      method: file.readUInt16LE(at + 10),
      compressedSize: file.readUInt32LE(at + 20),
      size: file.readUInt32LE(at + 24),
      dataStart: local + 30 + localNameLength + file.readUInt16LE(local + 28),
    };
    const sameName =
      localNameLength === nameLength && file.toString('utf8', local + 30, local + 30 + localNameLength) === name;
    if (
      !sameName ||
      entry.size === 0xffffffff ||
      entry.compressedSize === 0xffffffff ||
      entry.dataStart + entry.compressedSize > file.length ||
      (entry.method !== 0 && entry.method !== 8)
    )
      throw new WorkbookRefused(UNREADABLE);
    entries.push(entry);
    at += 46 + nameLength + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
  }
  if (at !== eocd || entries.length !== count) throw new WorkbookRefused(UNREADABLE);
  return entries;
};

const columnNumber = (ref: string) => {
  let n = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + code - 64;
  }
  return n;
};

/** Counts rows, columns and cell lengths of one worksheet or the shared strings as its XML streams past. Only whole
 * tags and whole texts are read: the unfinished tail of a chunk (from its last "<") waits for the next one. A plain
 * scan, not a parser: the workbook library parses (and refuses broken XML) once the limits hold. */
const xmlScanner = (part: string, limits: WorkbookLimits) => {
  const number = /sheet(\d+)\.xml/i.exec(part)?.[1];
  const sheet = number ? text(`thứ ${number}`, `number ${number}`) : text(`(${part})`, `(${part})`);
  const rowTag = /<row[\s>/]/g;
  const cellRef = /<c\s[^>]*?\br="(([A-Z]+)\d+)"/g;
  const longText = new RegExp(`>[^<]{${limits.cellChars + 1},}`, 'g');
  const tooLong = () =>
    new WorkbookRefused(
      text(
        `Một ô có hơn ${vi(limits.cellChars)} ký tự, quá giới hạn của Excel.`,
        `A cell has more than ${en(limits.cellChars)} characters, over Excel's limit.`,
      ),
    );
  let rows = 0;
  let carry = '';
  const scan = (body: string) => {
    rows += body.match(rowTag)?.length ?? 0;
    if (rows > limits.rows)
      throw new WorkbookRefused(
        text(
          `Trang tính ${sheet.vi} có hơn ${vi(limits.rows)} dòng, quá giới hạn: hãy dùng mẫu tải từ hệ thống, mỗi dòng một giá trị.`,
          `Worksheet ${sheet.en} has more than ${en(limits.rows)} rows, over the limit: use the template downloaded from the system, one value a row.`,
        ),
      );
    for (const [, ref, letters] of body.matchAll(cellRef)) {
      if (columnNumber(letters!) > limits.columns)
        throw new WorkbookRefused(
          text(
            `Trang tính ${sheet.vi} có ô ${ref}, quá giới hạn ${vi(limits.columns)} cột.`,
            `Worksheet ${sheet.en} has cell ${ref}, beyond the limit of ${en(limits.columns)} columns.`,
          ),
        );
    }
    // A text longer than the limit in XML may still fit once its entities (&amp; …) are read as one character each.
    for (const [found] of body.matchAll(longText))
      if (found.replace(/&[#\w]{1,10};/g, '.').length - 1 > limits.cellChars) throw tooLong();
  };
  return {
    write: (chunk: string) => {
      const pending = carry + chunk;
      const cut = pending.lastIndexOf('<');
      scan(cut >= 0 ? pending.slice(0, cut) : '');
      carry = cut >= 0 ? pending.slice(cut) : pending;
      if (carry.length > limits.cellChars * 8 + 1024) throw tooLong();
    },
    end: () => scan(carry),
  };
};

/** Every XML part is scanned, whatever its path says: the library finds sheets by patterns a crafted name can meet. */
const scanned = (name: string) => /\.xml/i.test(name) || /\.rels$/i.test(name);

/** Reads every part of the file as a stream within the limits; throws WorkbookRefused with the reason otherwise. */
export const guardWorkbook = async (file: Buffer, limits: WorkbookLimits = WORKBOOK_LIMITS): Promise<void> => {
  if (file.length < 22) throw new WorkbookRefused(UNREADABLE);
  let inflated = 0;
  for (const entry of entriesOf(file, limits)) {
    const data = file.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    const scanner = scanned(entry.name) ? xmlScanner(entry.name, limits) : null;
    const decoder = new TextDecoder('utf-8');
    let own = 0;
    const chunks = entry.method === 0 ? [data] : Readable.from([data]).pipe(createInflateRaw({ chunkSize: 64 * 1024 }));
    try {
      for await (const chunk of chunks as AsyncIterable<Buffer> | Buffer[]) {
        own += chunk.length;
        inflated += chunk.length;
        // The declared size is checked too: a part that inflates beyond what it claims is lying about itself.
        if (inflated > limits.inflatedBytes || own > entry.size)
          throw new WorkbookRefused(
            text(
              `Tệp giải nén ra hơn ${vi(Math.round(limits.inflatedBytes / 1024 / 1024))} MB, quá giới hạn: đây không phải bảng tính tải từ hệ thống.`,
              `The file inflates to more than ${en(Math.round(limits.inflatedBytes / 1024 / 1024))} MB, over the limit: it is not a sheet downloaded from the system.`,
            ),
          );
        scanner?.write(decoder.decode(chunk, { stream: true }));
      }
      scanner?.end();
    } catch (e) {
      if (!Array.isArray(chunks)) (chunks as ReturnType<typeof createInflateRaw>).destroy();
      throw e instanceof WorkbookRefused ? e : new WorkbookRefused(UNREADABLE);
    }
  }
};
