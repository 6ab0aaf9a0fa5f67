// thidua validate <movement.json>: readable errors, exit code 1 when invalid.
import { parseMovement, type Language } from '@thidua/domain';
import { cliError } from '../cli-error.js';
import { readJsonFile } from '../files.js';
import { t } from '../i18n.js';
import { formatMovementErrors } from '../load-movement.js';

export interface CommandResult {
  exitCode: number;
  stdout: string;
}

export const validateCommand = (file: string | undefined, lang: Language, json: boolean): CommandResult => {
  if (!file)
    throw cliError(
      'Cần đường dẫn tệp: thidua validate <movement.json>',
      'A file is required: thidua validate <movement.json>',
      2,
    );
  const result = parseMovement(readJsonFile(file));
  if (json) return { exitCode: result.ok ? 0 : 1, stdout: JSON.stringify(result.ok ? { ok: true } : result, null, 2) };
  if (result.ok) {
    const m = result.movement;
    return {
      exitCode: 0,
      stdout: t(
        lang,
        `Hợp lệ: ${m.name.vi}\n  ${m.criteria.length} tiêu chí, ${m.targets.length} chỉ tiêu, ${m.timeline.deadlines.length} hạn nộp, ${m.timeline.reviews.length} đợt khen thưởng`,
        `Valid: ${m.name.en}\n  ${m.criteria.length} criteria, ${m.targets.length} targets, ${m.timeline.deadlines.length} deadlines, ${m.timeline.reviews.length} reviews`,
      ),
    };
  }
  return {
    exitCode: 1,
    stdout:
      t(lang, `Không hợp lệ: ${result.errors.length} lỗi`, `Invalid: ${result.errors.length} error(s)`) +
      '\n' +
      formatMovementErrors(lang, result.errors),
  };
};
