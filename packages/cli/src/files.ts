// Reads a user's file and turns every failure into a message that names the file.
import { readFileSync } from 'node:fs';
import { cliError } from './cli-error.js';

export const readUserFile = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw cliError(`Không tìm thấy tệp: ${path}`, `File not found: ${path}`);
    if (code === 'EISDIR') throw cliError(`${path} là thư mục, không phải tệp`, `${path} is a folder, not a file`);
    throw cliError(`Không đọc được tệp ${path} (${code ?? 'lỗi'})`, `Cannot read ${path} (${code ?? 'error'})`);
  }
};

export const readJsonFile = (path: string): unknown => {
  const source = readUserFile(path);
  try {
    return JSON.parse(source);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw cliError(`Tệp ${path} không phải JSON hợp lệ: ${detail}`, `${path} is not valid JSON: ${detail}`);
  }
};
