// `thidua admin …`: what an operator does on the server itself, never over HTTP. Today: create the first administrator.
import { parseArgs } from 'node:util';
import { bootstrapAdministrator, InstallError } from '@thidua/api';
import { migrate, openDatabase, redactUrl } from '@thidua/db';
import { readEnv } from '../env.js';

export const ADMIN_USAGE = `Cách dùng / usage:
  thidua admin bootstrap --username <tên-đăng-nhập> [--display-name "<họ tên>"]
      Tạo tài khoản quản trị đầu tiên trên cơ sở dữ liệu DATABASE_URL (chỉ một lần), in mật khẩu dùng một lần.
      Creates the first administrator on DATABASE_URL's database (once only) and prints a one-time password.`;

export interface CommandOutput {
  exitCode: number;
  stdout: string;
  stderr: string;
}

const usageError = (message: string): CommandOutput => ({
  exitCode: 2,
  stdout: '',
  stderr: `${message}\n\n${ADMIN_USAGE}`,
});

export const runAdminCommand = async (
  argv: string[],
  environment: Record<string, string | undefined>,
  now = new Date(),
): Promise<CommandOutput> => {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        username: { type: 'string' },
        'display-name': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return usageError(`Lỗi tham số / argument error: ${(e as Error).message}`);
  }
  const [command] = parsed.positionals;
  if (parsed.values.help) return { exitCode: 0, stdout: ADMIN_USAGE, stderr: '' };
  if (command !== 'bootstrap')
    return usageError(
      command ? `Lệnh không hợp lệ / unknown command: admin ${command}` : 'Thiếu lệnh / missing command',
    );
  if (!parsed.values.username) return usageError('Thiếu --username / --username is required');
  // The command needs the database only: the server's other settings (PUBLIC_URL, origins) are not asked here.
  const env = readEnv({ DATABASE_URL: environment.DATABASE_URL });
  const url = await migrate(env.DATABASE_URL);
  const database = await openDatabase(url);
  try {
    const created = await bootstrapAdministrator(database, {
      username: parsed.values.username,
      displayName: parsed.values['display-name'],
      now,
    });
    return {
      exitCode: 0,
      stderr: '',
      stdout: `Đã tạo quản trị viên / administrator created: ${created.username}   (cơ sở dữ liệu / database: ${redactUrl(url)})
Mật khẩu dùng một lần / one-time password: ${created.password}
Đăng nhập ngay, đổi mật khẩu này và thiết lập mã TOTP; mật khẩu này không hiện lại.
Sign in now, change this password and set up TOTP; it is not shown again.
`,
    };
  } catch (e) {
    if (e instanceof InstallError) return { exitCode: 1, stdout: '', stderr: `Lỗi: ${e.text.vi}\nError: ${e.text.en}` };
    throw e;
  } finally {
    await database.close();
  }
};
