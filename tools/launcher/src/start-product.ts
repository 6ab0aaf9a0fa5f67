// `pnpm start`: the API on the embedded SQLite database (seeded on first run), the shell and the five sector modules.
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@thidua/db/seed';
import { startProduct } from './product.js';

const DEMO_HELP = `DỮ LIỆU MẪU / DEMO. Tài khoản demo / demo accounts (mật khẩu / password: ${DEMO_PASSWORD}):
${DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(16)} ${a.role.padEnd(18)} ${a.displayName}`).join('\n')}
Vai trò duyệt, hội đồng, nội vụ, chủ tịch, quản trị: lần đăng nhập đầu sẽ hiện khóa TOTP để thêm vào ứng dụng xác thực.
Roles that approve, vote or decide see a TOTP key at first sign-in to add to an authenticator app.`;

const NO_ADMINISTRATOR = `NODE_ENV=production, chưa có quản trị viên / no administrator yet. Tạo tài khoản đầu tiên / create the first one:
  pnpm thidua admin bootstrap --username <tên-đăng-nhập>`;

const product = await startProduct({
  env: process.env,
  apiPort: Number(process.env['PORT'] ?? 3000),
  shellPort: Number(process.env['SHELL_PORT'] ?? 4200),
});

const stop = async () => {
  await product.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

console.log(`
Thi đua Chuyển đổi số Ninh Sơn đang chạy / is running
  Mở trình duyệt / open:  ${product.shell.url}
  API:                    ${product.api.url}   (cơ sở dữ liệu / database: ${product.api.database}${product.api.seeded ? ', vừa nạp dữ liệu mẫu / demo data just seeded' : ''})
  Phân hệ ngành / sector modules:
${product.manifest.remotes.map((r) => `    ${r.sectorId.padEnd(15)} ${r.name.padEnd(12)} ${new URL(r.entry).origin}`).join('\n')}
  Tiện ích nhúng cổng thông tin / portal widgets:  ${product.widgets.url}/thidua-widgets.js
  Cổng thông tin minh họa / demo portal:           ${product.portal.url}   (PORTAL_ORIGINS: ${product.portalOrigins.join(', ')})

${product.api.needsBootstrap ? NO_ADMINISTRATOR : process.env['NODE_ENV'] === 'production' ? '' : DEMO_HELP}
Dừng / stop: Ctrl+C
`);
