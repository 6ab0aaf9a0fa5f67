// Entry of `pnpm thidua audit …` (tools/scripts/thidua.mjs runs it from source, like the admin commands).
import { runAuditCommand } from './audit-command.js';

const out = await runAuditCommand(process.argv.slice(2), process.env);
if (out.stdout) process.stdout.write(`${out.stdout}\n`);
if (out.stderr) process.stderr.write(`${out.stderr}\n`);
process.exitCode = out.exitCode;
