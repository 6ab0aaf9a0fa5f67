// A pg Pool whose results report PostgreSQL's catalog types `name` and "char" as text. Prisma's migration engine reads catalog
// columns of type `name`, which @prisma/adapter-pg 6.19 refuses ("Column type 'name' could not be
// deserialized", prisma/orm#27403). Used for migrations only; the application's queries never return `name`.
import pg from 'pg';

// Catalog types the adapter does not map: name (19) and the one-byte "char" (18), and their arrays.
const AS_TEXT = new Set([18, 19]);
const AS_TEXT_ARRAY = new Set([1002, 1003]);
const TEXT = 25;
const TEXT_ARRAY = 1009;

type Result = { fields?: Array<{ dataTypeID: number }> };

const asText = <T>(result: T): T => {
  for (const field of (result as Result)?.fields ?? []) {
    if (AS_TEXT.has(field.dataTypeID)) field.dataTypeID = TEXT;
    else if (AS_TEXT_ARRAY.has(field.dataTypeID)) field.dataTypeID = TEXT_ARRAY;
  }
  return result;
};

type AnyQuery = (...args: unknown[]) => unknown;

const patchClient = (client: pg.PoolClient): void => {
  const original = client.query.bind(client) as AnyQuery;
  const patched: AnyQuery = (...args) => {
    const last = args.at(-1);
    // pg.Pool calls query with a callback; direct callers use the promise.
    if (typeof last === 'function') {
      args[args.length - 1] = (err: unknown, result: unknown) =>
        (last as (e: unknown, r: unknown) => void)(err, err ? result : asText(result));
    }
    const out = original(...args);
    return out instanceof Promise ? out.then(asText) : out;
  };
  (client as unknown as { query: AnyQuery }).query = patched;
};

export const nameAsTextPool = (connectionString: string): pg.Pool => {
  const pool = new pg.Pool({ connectionString });
  pool.on('connect', patchClient);
  return pool;
};
