// Parses the command line and runs one command; returns what to print and the exit code, never throws.
import { parseArgs } from 'node:util';
import { DomainError, type Language } from '@thidua/domain';
import { CliError } from './cli-error.js';
import { evaluateCommand } from './commands/evaluate.js';
import { planCommand } from './commands/plan.js';
import { validateCommand, type CommandResult } from './commands/validate.js';
import { loadMovement } from './load-movement.js';

export const USAGE = {
  vi: `thidua — công cụ dòng lệnh của nền tảng thi đua Chuyển đổi số

Cách dùng:
  thidua validate <movement.json>            Kiểm tra tệp định nghĩa phong trào
  thidua evaluate --facts <tệp.csv|tệp.json> Đánh giá, xếp hạng các đối tượng theo kế hoạch có sẵn
         [--movement <movement.json>]        … hoặc theo tệp phong trào khác
         [--explain <mã>]                    Giải thích từng tiêu chí của một đối tượng
  thidua plan                                In kế hoạch Ninh Sơn dạng JSON

Tùy chọn: --json (kết quả JSON), --lang vi|en (ngôn ngữ, mặc định vi), --help`,
  en: `thidua — command line of the digital-transformation emulation platform

Usage:
  thidua validate <movement.json>            Check a movement definition file
  thidua evaluate --facts <file.csv|file.json> Evaluate and rank participants against the built-in plan
         [--movement <movement.json>]        … or against another movement file
         [--explain <id>]                    Explain one participant criterion by criterion
  thidua plan                                Print the Ninh Sơn plan as JSON

Options: --json (JSON output), --lang vi|en (default vi), --help`,
};

export interface RunOutput {
  exitCode: number;
  stdout: string;
  stderr: string;
}

const dispatch = (argv: string[]): CommandResult & { lang: Language } => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      facts: { type: 'string' },
      movement: { type: 'string' },
      explain: { type: 'string' },
      json: { type: 'boolean', default: false },
      lang: { type: 'string', default: 'vi' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const lang: Language = values.lang === 'en' ? 'en' : 'vi';
  if (values.lang !== 'vi' && values.lang !== 'en')
    throw new CliError(
      {
        vi: `Ngôn ngữ không hỗ trợ: ${values.lang} (vi hoặc en)`,
        en: `Unsupported language: ${values.lang} (vi or en)`,
      },
      2,
    );
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help')
    return { exitCode: command === undefined && !values.help ? 2 : 0, stdout: USAGE[lang], lang };
  switch (command) {
    case 'validate':
      return { ...validateCommand(rest[0], lang, values.json), lang };
    case 'evaluate':
      return {
        ...evaluateCommand(loadMovement(values.movement), values.facts, lang, values.json, values.explain),
        lang,
      };
    case 'plan':
      return { ...planCommand(), lang };
    default:
      throw new CliError(
        { vi: `Lệnh không hợp lệ: ${command}\n\n${USAGE.vi}`, en: `Unknown command: ${command}\n\n${USAGE.en}` },
        2,
      );
  }
};

const langOf = (argv: string[]): Language =>
  argv.some((a, i) => (a === '--lang' && argv[i + 1] === 'en') || a === '--lang=en') ? 'en' : 'vi';

export const run = (argv: string[]): RunOutput => {
  try {
    const r = dispatch(argv);
    return r.exitCode === 2
      ? { exitCode: 2, stdout: '', stderr: r.stdout }
      : { exitCode: r.exitCode, stdout: r.stdout, stderr: '' };
  } catch (e) {
    const lang = langOf(argv);
    if (e instanceof CliError)
      return { exitCode: e.exitCode, stdout: '', stderr: `${lang === 'vi' ? 'Lỗi' : 'Error'}: ${e.text[lang]}` };
    if (e instanceof DomainError)
      return { exitCode: 1, stdout: '', stderr: `${lang === 'vi' ? 'Lỗi' : 'Error'}: ${e.text[lang]}` };
    if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) {
      return {
        exitCode: 2,
        stdout: '',
        stderr: `${lang === 'vi' ? 'Lỗi tham số' : 'Argument error'}: ${e.message}\n\n${USAGE[lang]}`,
      };
    }
    // An unexpected failure: say so plainly; the detail goes to stderr only when asked for.
    const detail = process.env['THIDUA_DEBUG'] ? `\n${e instanceof Error ? e.stack : String(e)}` : '';
    return {
      exitCode: 70,
      stdout: '',
      stderr:
        lang === 'vi'
          ? `Lỗi không mong muốn. Chạy lại với THIDUA_DEBUG=1 để xem chi tiết.${detail}`
          : `Unexpected error. Run again with THIDUA_DEBUG=1 for details.${detail}`,
    };
  }
};
