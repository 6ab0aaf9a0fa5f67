// Starts thidua's API on the embedded database by default: migrate, seed the demo data on first run, listen.
import { hashPassword } from '@thidua/api';
import { migrate, openDatabase, redactUrl } from '@thidua/db';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seed } from '@thidua/db/seed';
import { readEnv } from './env.js';
import { buildServer } from './server.js';

const env = readEnv(process.env);
const url = await migrate(env.DATABASE_URL);
const database = await openDatabase(url);
const firstRun = (await database.db.user.count()) === 0;
if (firstRun && env.SEED_ON_FIRST_RUN) await seed(database.db, { hashPassword });
const app = await buildServer(database, env);

const close = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', close);
process.on('SIGTERM', close);

await app.listen({ host: env.HOST, port: env.PORT });
const base = `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}`;
console.log(`
thidua API: ${base}   (cơ sở dữ liệu / database: ${redactUrl(url)})
  ${base}/healthz
  ${base}/api/public/leaderboard?year=2025&kind=commune        (JSON; &format=csv cho CSV)
  ${base}/api/openapi.json
Tài khoản demo / demo accounts (mật khẩu / password: ${DEMO_PASSWORD}):
${DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(14)} ${a.role.padEnd(18)} ${a.displayName}`).join('\n')}
Vai trò duyệt, hội đồng, nội vụ, chủ tịch và quản trị cần thiết lập mã TOTP ở lần đăng nhập đầu (auth.setupTotp).
`);
