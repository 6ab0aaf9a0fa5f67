// nx run db:seed — migrates the database DATABASE_URL names, then fills it with the Ninh Sơn demo data (idempotent).
import { migrate, redactUrl } from '../src/migrate.js';
import { openDatabase } from '../src/open-database.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, formatSummary, scryptHash, seed } from '../src/seed/index.js';

// Demo accounts share a published password: refuse a production environment unless asked explicitly.
if (process.env['NODE_ENV'] === 'production' && process.env['THIDUA_ALLOW_DEMO_SEED'] !== '1') {
  console.error('Không nạp dữ liệu mẫu khi NODE_ENV=production (đặt THIDUA_ALLOW_DEMO_SEED=1 nếu thật sự cần).');
  console.error('Refusing to seed demo data with NODE_ENV=production (set THIDUA_ALLOW_DEMO_SEED=1 to insist).');
  process.exit(1);
}

const url = await migrate(process.env['DATABASE_URL']);
const database = await openDatabase(url);
try {
  const summary = await seed(database.db, { hashPassword: scryptHash });
  console.log(`Đã nạp dữ liệu mẫu / demo data seeded: ${redactUrl(url)}`);
  console.log('Số bản ghi / rows:');
  console.log(formatSummary(summary));
  console.log(
    `Tài khoản demo / demo accounts: ${DEMO_ACCOUNTS.length}, mật khẩu chung / shared password: ${DEMO_PASSWORD}`,
  );
} finally {
  await database.close();
}
