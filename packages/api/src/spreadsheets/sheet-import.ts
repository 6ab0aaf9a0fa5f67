// What every workbook import shares: the phases it reports, how the file is kept as evidence, and its outcomes.
import type { SheetProblem } from '@thidua/spreadsheets';

export type ImportPhase = 'reading' | 'checking' | 'preparing' | 'saving';

/** The caller's side of an import: where its phases are told, and how the uploaded workbook is kept. */
export interface ImportPorts {
  phase(phase: ImportPhase, done?: number, total?: number): void;
  /** Keeps the workbook as evidence (its address is what stored links point to) only if `save` saved what it backs:
   * `save` gets the address; a refused or failed import leaves no file behind. */
  keepWorkbook<T>(
    name: string,
    save: (file: { id: string; url: string }) => Promise<T>,
    saved?: (result: T) => boolean,
  ): Promise<T>;
}

/** A file made for download. */
export interface SheetFile {
  name: string;
  file: Buffer;
}

export type ImportOutcome<T> =
  /** A file with problems saves nothing: the first MAX_LISTED problems and how many there are. */
  | { outcome: 'invalid'; message: string; problems: SheetProblem[]; total: number }
  /** The report moved on (saved again since the download, or submitted): nothing was saved. */
  | { outcome: 'conflict'; message: string }
  | { outcome: 'saved'; answer: T; log: { message: string; fields: Record<string, unknown> } };

/** A refused file lists this many problems at most (and says how many there are). */
const MAX_LISTED = 500;

export const invalidFile = (problems: readonly SheetProblem[]): ImportOutcome<never> => ({
  outcome: 'invalid',
  message: `Tệp có ${problems.length} lỗi, chưa lưu gì | The file has ${problems.length} problems; nothing was saved`,
  problems: problems.slice(0, MAX_LISTED),
  total: problems.length,
});

/** The report moved on since the file was made: nothing is saved. */
export const conflictingFile = (message: string): ImportOutcome<never> => ({ outcome: 'conflict', message });

/** The sheet must come from the version saved now: edits made since the download are not overwritten. */
export const staleFile = (noun: { vi: string; en: string }, saved: number, file: number | null) =>
  conflictingFile(
    `${noun.vi} đã được lưu lại sau khi tải tệp này (bản ${saved}, tệp là bản ${file ?? 'chưa lưu'}): hãy tải lại bảng tính, chép số liệu vào rồi nhập lại. | The ${noun.en} was saved again after this file was downloaded: download the sheet again, copy your figures into it and import it.`,
  );

/** A saved import: what the caller is answered, and what the server log records. */
export const savedImport = <T>(answer: T, message: string, fields: Record<string, unknown>): ImportOutcome<T> => ({
  outcome: 'saved',
  answer,
  log: { message, fields },
});
