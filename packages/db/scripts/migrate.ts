// nx run db:migrate — migrates the database DATABASE_URL names (the embedded SQLite file by default).
import { migrate, redactUrl } from '../src/migrate.js';

const url = await migrate(process.env['DATABASE_URL']);
console.log(`Cơ sở dữ liệu đã cập nhật / database migrated: ${redactUrl(url)}`);
