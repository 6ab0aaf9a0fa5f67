// The write benchmark's baseline: bare node:http and the database driver doing the same rows as reports.saveDraft in
// one transaction (the report, its values, and a hash-chained audit row), with nothing else: no framework, no ORM, no
// sign-in. What thidua adds on top of this is what the ratio measures.
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import Database from 'libsql';
import pg from 'pg';

export interface SaveRequest {
  unitId: string;
  year: number;
  values: { key: string; number?: number; bool?: boolean }[];
}

/** Rows go under movements of their own, one per request, so the baseline never collides with thidua's drafts nor
 * with itself when a run sends more requests than there are unit-year pairs. */
let saved = 0;
const movementOfNextSave = () => `BENCH-BARE-${saved++}`;

const chained = (prevHash: string, request: SaveRequest, reportId: string) => {
  const data = JSON.stringify({ values: request.values });
  const at = new Date().toISOString();
  const hash = createHash('sha256')
    .update(
      `${prevHash}\n${JSON.stringify([at, 'bare', 'UNIT-EDITOR', 'report.save_draft', 'Report', reportId, null, data])}`,
    )
    .digest('hex');
  return { at, data, hash };
};

interface BareServer {
  url: string;
  close(): Promise<void>;
}

const serve = (save: (request: SaveRequest) => Promise<unknown>): Promise<BareServer> => {
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      save(JSON.parse(body) as SaveRequest).then(
        (result) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ result }));
        },
        (e: Error) => {
          res.writeHead(500);
          res.end(e.message);
        },
      );
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
};

export const bareSqliteWriter = async (path: string): Promise<BareServer> => {
  const db = new Database(path);
  db.exec(
    'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000',
  );
  const insertReport = db.prepare(
    `INSERT INTO "Report" ("id", "movementId", "unitId", "year", "status", "version", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, 'draft', 1, ?, ?)`,
  );
  const insertValue = db.prepare(
    `INSERT INTO "ReportValue" ("id", "reportId", "key", "numberValue", "boolValue") VALUES (?, ?, ?, ?, ?)`,
  );
  const lastHash = db.prepare(`SELECT "hash" FROM "AuditLog" ORDER BY "seq" DESC LIMIT 1`);
  const insertAudit = db.prepare(
    `INSERT INTO "AuditLog" ("at", "actorId", "actorRole", "action", "entity", "entityId", "data", "prevHash", "hash") VALUES (?, 'bare', 'UNIT-EDITOR', 'report.save_draft', 'Report', ?, ?, ?, ?)`,
  );
  const server = await serve(async (r) => {
    const id = randomUUID();
    const now = new Date().toISOString();
    db.exec('BEGIN IMMEDIATE');
    try {
      insertReport.run([id, movementOfNextSave(), r.unitId, r.year, now, now]);
      for (const v of r.values)
        insertValue.run([randomUUID(), id, v.key, v.number ?? null, v.bool === undefined ? null : Number(v.bool)]);
      const prev = (lastHash.get() as { hash: string } | undefined)?.hash ?? '0'.repeat(64);
      const { at, data, hash } = chained(prev, r, id);
      insertAudit.run([at, id, data, prev, hash]);
      db.exec('COMMIT');
    } catch (e) {
      db.exec('ROLLBACK');
      throw e;
    }
    return { reportId: id, version: 1 };
  });
  return {
    ...server,
    close: async () => {
      await server.close();
      db.close();
    },
  };
};

export const barePostgresWriter = async (url: string, poolSize: number): Promise<BareServer> => {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const server = await serve(async (r) => {
    const client = await pool.connect();
    const id = randomUUID();
    try {
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO "Report" ("id", "movementId", "unitId", "year", "status", "version", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, 'draft', 1, now(), now())`,
        [id, movementOfNextSave(), r.unitId, r.year],
      );
      for (const v of r.values)
        await client.query(
          `INSERT INTO "ReportValue" ("id", "reportId", "key", "numberValue", "boolValue") VALUES ($1, $2, $3, $4, $5)`,
          [randomUUID(), id, v.key, v.number ?? null, v.bool ?? null],
        );
      // The same serialisation of the chain's tail as thidua's audit writer.
      await client.query('SELECT pg_advisory_xact_lock(7406)');
      const prev =
        (await client.query<{ hash: string }>(`SELECT "hash" FROM "AuditLog" ORDER BY "seq" DESC LIMIT 1`)).rows[0]
          ?.hash ?? '0'.repeat(64);
      const { at, data, hash } = chained(prev, r, id);
      await client.query(
        `INSERT INTO "AuditLog" ("at", "actorId", "actorRole", "action", "entity", "entityId", "data", "prevHash", "hash") VALUES ($1, 'bare', 'UNIT-EDITOR', 'report.save_draft', 'Report', $2, $3, $4, $5)`,
        [at, id, data, prev, hash],
      );
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK');
      throw e;
    } finally {
      client.release();
    }
    return { reportId: id, version: 1 };
  });
  return { ...server, close: async () => (await server.close(), await pool.end()) };
};
