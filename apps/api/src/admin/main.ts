// Entry of `pnpm thidua admin …` (tools/scripts/thidua.mjs runs it from source, like the server).
import { runAdminCommand } from './admin-command.js';

const out = await runAdminCommand(process.argv.slice(2), process.env);
if (out.stdout) process.stdout.write(out.stdout.endsWith('\n') ? out.stdout : `${out.stdout}\n`);
if (out.stderr) process.stderr.write(`${out.stderr}\n`);
process.exitCode = out.exitCode;
