// `pnpm thidua audit verify <export>`: an inspector checks an exported audit log offline with the office's AUDIT_KEY
// (from the environment, not the command line, so it stays out of shell history). Exit 0 when it proves itself.
import { readFile } from 'node:fs/promises';
import { auditKeyOf, verifyAuditExport } from '@thidua/api';

export const AUDIT_USAGE = `Cách dùng / usage: AUDIT_KEY=<khóa base64> pnpm thidua audit verify <tệp xuất nhật ký / export file>`;

export const runAuditCommand = async (
  argv: string[],
  environment: Record<string, string | undefined>,
): Promise<{ exitCode: number; stdout: string; stderr: string }> => {
  const [command, file] = argv;
  if (command !== 'verify' || !file) return { exitCode: 2, stdout: '', stderr: AUDIT_USAGE };
  if (!environment.AUDIT_KEY)
    return {
      exitCode: 2,
      stdout: '',
      stderr: `Thiếu AUDIT_KEY (khóa ký điểm kiểm của đơn vị) / AUDIT_KEY is required\n${AUDIT_USAGE}`,
    };
  let report;
  try {
    report = verifyAuditExport(await readFile(file, 'utf8'), auditKeyOf(environment.AUDIT_KEY));
  } catch (e) {
    return {
      exitCode: 2,
      stdout: '',
      stderr: `Không đọc được tệp xuất nhật ký / not a readable audit export: ${(e as Error).message.split('\n')[0]}`,
    };
  }
  const verdict = report.ok
    ? `Nhật ký toàn vẹn / the log proves itself: ${report.entries} mục / entries, ${report.checkpoints} điểm kiểm đã ký / signed checkpoints`
    : `NHẬT KÝ BỊ SỬA / THE LOG WAS ALTERED: ${JSON.stringify({ brokenAt: report.brokenAt, checkpointMismatchAt: report.checkpointMismatchAt, unsignedCheckpoint: report.unsignedCheckpoint })}`;
  return { exitCode: report.ok ? 0 : 1, stdout: `${verdict}\n${JSON.stringify(report)}`, stderr: '' };
};
