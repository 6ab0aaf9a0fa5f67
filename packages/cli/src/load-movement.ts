// The movement to work with: the built-in Ninh Sơn plan, or a JSON file given with --movement.
import { ninhSonDx2021_2025, parseMovement, type Language, type Movement } from '@thidua/domain';
import { CliError } from './cli-error.js';
import { readJsonFile } from './files.js';

export const formatMovementErrors = (
  lang: Language,
  errors: Array<{ path: string; message: { vi: string; en: string } }>,
): string => errors.map((e) => `  • ${e.path || '(gốc)'}: ${e.message[lang]}`).join('\n');

export const loadMovement = (path: string | undefined): Movement => {
  if (path === undefined) return ninhSonDx2021_2025;
  const result = parseMovement(readJsonFile(path));
  if (result.ok) return result.movement;
  const count = result.errors.length;
  throw new CliError({
    vi: `Tệp phong trào ${path} không hợp lệ (${count} lỗi):\n${formatMovementErrors('vi', result.errors)}`,
    en: `Movement file ${path} is invalid (${count} error(s)):\n${formatMovementErrors('en', result.errors)}`,
  });
};
