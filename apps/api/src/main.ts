// Starts thidua's API on the embedded database by default: migrate, seed the demo data on first run (not in
// production), listen.
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@thidua/db/seed';
import { readEnv } from './env.js';
import { startApi } from './start.js';

const env = readEnv(process.env);
const api = await startApi(env);

const close = async () => {
  await api.close();
  process.exit(0);
};
process.on('SIGINT', close);
process.on('SIGTERM', close);

const base = api.url;
console.log(`
thidua API: ${base}   (cơ sở dữ liệu / database: ${api.database}${env.production ? '; NODE_ENV=production' : '; DỮ LIỆU MẪU / DEMO'})
  ${base}/healthz
  ${base}/api/openapi.json
${
  env.production
    ? api.needsBootstrap
      ? `Chưa có quản trị viên. Tạo tài khoản đầu tiên trên máy chủ này / no administrator yet, create the first one here:
  pnpm thidua admin bootstrap --username <tên-đăng-nhập>`
      : ''
    : `Tài khoản demo / demo accounts (mật khẩu / password: ${DEMO_PASSWORD}):
${DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(14)} ${a.role.padEnd(18)} ${a.displayName}`).join('\n')}
Vai trò duyệt, hội đồng, nội vụ, chủ tịch và quản trị cần thiết lập mã TOTP ở lần đăng nhập đầu (auth.setupTotp).`
}
`);
