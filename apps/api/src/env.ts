// Configuration, read and validated once at start; nothing else reads process.env.
import { z } from 'zod';

const list = z
  .string()
  .default('')
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  );

/** Browser origins compare as exact strings: "https://host" with no path, slash or capitals, or the setting never matches. */
const origins = list.refine((xs) => xs.every((x) => URL.canParse(x) && new URL(x).origin === x), {
  message:
    'mỗi nguồn phải có dạng https://ten-mien (không có dấu / ở cuối, không có đường dẫn) | each origin must look like https://host (no trailing slash, no path)',
});

export const envSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** postgres… for PostgreSQL; file:… or empty for the embedded SQLite file under data/. */
  DATABASE_URL: z.string().optional(),
  /** PostgreSQL: the schema owner's URL, used only to migrate at start; DATABASE_URL is then a role that owns nothing
   * (it cannot drop the audit log's guards). Unset: DATABASE_URL migrates too. */
  MIGRATION_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'phải là địa chỉ PostgreSQL | must be a PostgreSQL URL')
    .optional(),
  /** Browser origins of the shell and sector modules allowed to call /trpc (CSRF check). */
  APP_ORIGINS: origins,
  /** Portal origins allowed to embed widgets (CSP frame-ancestors) and to read the public API (CORS). */
  PORTAL_ORIGINS: origins,
  /** The address the public reaches this server at, printed on documents for checking their codes (default: the request's). */
  PUBLIC_URL: z
    .url()
    .refine((u) => new URL(u).origin === u.replace(/\/$/, ''), {
      message: 'chỉ gồm giao thức và tên miền, ví dụ https://thidua.ninhson.gov.vn | scheme and host only',
    })
    .transform((u) => u.replace(/\/$/, ''))
    .optional(),
  /** redis://host:6379: abuse limits shared by every API instance; without it each instance counts in its own memory. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'phải bắt đầu bằng redis:// hoặc rediss:// | must start with redis:// or rediss://')
    .optional(),
  /** Which proxy to believe for the client's address (X-Forwarded-For): the proxies' addresses or CIDRs separated by
   * commas (e.g. 127.0.0.1,10.0.0.0/8), or `true` for any. Unset: the connection's own address. */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v): boolean | string[] =>
      v === undefined || v === '' || v === 'false'
        ? false
        : v === 'true'
          ? true
          : v
              .split(',')
              .map((x) => x.trim())
              .filter(Boolean),
    ),
  /** 32 random bytes, base64 (`openssl rand -base64 32`): seals the TOTP secrets in the database. Required with
   * NODE_ENV=production; keep it outside the database and its backups, and back it up on its own. */
  TOTP_KEY: z
    .string()
    .regex(
      /^[A-Za-z0-9+/]{43}=$/,
      'phải là 32 byte mã hóa base64 (openssl rand -base64 32) | must be 32 bytes in base64 (openssl rand -base64 32)',
    )
    .optional(),
  /** 32 random bytes, base64: signs the audit log's checkpoints. Required with NODE_ENV=production; keep it outside
   * the database (an inspector verifying an export needs it). */
  AUDIT_KEY: z
    .string()
    .regex(
      /^[A-Za-z0-9+/]{43}=$/,
      'phải là 32 byte mã hóa base64 (openssl rand -base64 32) | must be 32 bytes in base64 (openssl rand -base64 32)',
    )
    .optional(),
  /** How often the audit chain's head is noted as a signed checkpoint; 0 turns it off on this server. */
  AUDIT_CHECKPOINT_EVERY_SECONDS: z.coerce.number().int().min(0).max(86_400).default(3600),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Folder of uploaded evidence files; by default beside the embedded SQLite database. */
  EVIDENCE_DIR: z.string().min(1).optional(),
  /** smtp://user:password@host:587 or smtps://…:465; without it e-mails are written as .eml files to OUTBOX_DIR. */
  SMTP_URL: z
    .url()
    .refine((u) => /^smtps?:$/.test(new URL(u).protocol), {
      message: 'phải bắt đầu bằng smtp:// hoặc smtps:// | must start with smtp:// or smtps://',
    })
    .optional(),
  /** `false` only for a mail server on a trusted network without STARTTLS; smtps:// is always encrypted. */
  SMTP_REQUIRE_TLS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** The sender of notification e-mails. */
  MAIL_FROM: z.string().min(3).default('Thi đua Chuyển đổi số Ninh Sơn <khong-tra-loi@thidua.invalid>'),
  /** Folder of e-mails written when no SMTP server is configured; by default beside the embedded SQLite database. */
  OUTBOX_DIR: z.string().min(1).optional(),
  /** How often reminders are checked and e-mails sent; 0 turns the job off on this server. */
  NOTIFY_EVERY_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /** `production`: a real installation (no demo data, no demo password, the first administrator from
   * `pnpm thidua admin bootstrap`). Anything else is the demo, marked as such on every screen and document. */
  NODE_ENV: z.string().optional(),
  /** Seed the demo data when the database has no users yet (the embedded default; never in production). */
  SEED_ON_FIRST_RUN: z.enum(['true', 'false']).optional(),
});

const configured = envSchema.transform(({ NODE_ENV, SEED_ON_FIRST_RUN, ...rest }, ctx) => {
  const production = NODE_ENV === 'production';
  if (production && SEED_ON_FIRST_RUN === 'true') {
    ctx.addIssue({
      code: 'custom',
      path: ['SEED_ON_FIRST_RUN'],
      message:
        'không được là true khi NODE_ENV=production: dữ liệu mẫu dùng chung một mật khẩu đã công bố | must not be true with NODE_ENV=production: the demo data shares a published password',
    });
  }
  // Documents print PUBLIC_URL in their QR code; without it the address would come from the request's Host header,
  // which a caller chooses.
  if (production && !rest.PUBLIC_URL) {
    ctx.addIssue({
      code: 'custom',
      path: ['PUBLIC_URL'],
      message:
        "bắt buộc khi NODE_ENV=production: địa chỉ công khai in trên mã QR của văn bản, ví dụ https://thidua.ninhson.gov.vn | required with NODE_ENV=production: the public address printed in documents' QR codes",
    });
  }
  if (production && !rest.AUDIT_KEY) {
    ctx.addIssue({
      code: 'custom',
      path: ['AUDIT_KEY'],
      message:
        'bắt buộc khi NODE_ENV=production: khóa ký các điểm kiểm của nhật ký, tạo bằng openssl rand -base64 32 | required with NODE_ENV=production: the key signing audit checkpoints (openssl rand -base64 32)',
    });
  }
  if (production && !rest.TOTP_KEY) {
    ctx.addIssue({
      code: 'custom',
      path: ['TOTP_KEY'],
      message:
        'bắt buộc khi NODE_ENV=production: khóa niêm phong mã xác thực hai lớp, tạo bằng openssl rand -base64 32 | required with NODE_ENV=production: the key sealing second-factor secrets (openssl rand -base64 32)',
    });
  }
  return { ...rest, production, SEED_ON_FIRST_RUN: !production && SEED_ON_FIRST_RUN !== 'false' };
});

export type Env = z.infer<typeof configured>;

export const readEnv = (source: Record<string, string | undefined>): Env => {
  const parsed = configured.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Cấu hình không hợp lệ / invalid configuration:\n${lines}`);
  }
  return parsed.data;
};
