// Values between Prisma's query engine and SQLite: column types from declared types (or from the first non-null value),
// rows in the shapes the engine reads, and arguments in the shapes SQLite stores (dates as ISO text, booleans as 0/1).
import { ColumnTypeEnum, type ArgType, type ColumnType, type SqlQuery } from '@prisma/driver-adapter-utils';

const DECLARED: Record<string, ColumnType> = {
  DECIMAL: ColumnTypeEnum.Numeric,
  FLOAT: ColumnTypeEnum.Float,
  DOUBLE: ColumnTypeEnum.Double,
  'DOUBLE PRECISION': ColumnTypeEnum.Double,
  NUMERIC: ColumnTypeEnum.Double,
  REAL: ColumnTypeEnum.Double,
  TINYINT: ColumnTypeEnum.Int32,
  SMALLINT: ColumnTypeEnum.Int32,
  MEDIUMINT: ColumnTypeEnum.Int32,
  INT: ColumnTypeEnum.Int32,
  INTEGER: ColumnTypeEnum.Int32,
  SERIAL: ColumnTypeEnum.Int32,
  INT2: ColumnTypeEnum.Int32,
  BIGINT: ColumnTypeEnum.Int64,
  'UNSIGNED BIG INT': ColumnTypeEnum.Int64,
  INT8: ColumnTypeEnum.Int64,
  DATETIME: ColumnTypeEnum.DateTime,
  TIMESTAMP: ColumnTypeEnum.DateTime,
  TIME: ColumnTypeEnum.Time,
  DATE: ColumnTypeEnum.Date,
  TEXT: ColumnTypeEnum.Text,
  CLOB: ColumnTypeEnum.Text,
  CHARACTER: ColumnTypeEnum.Text,
  VARCHAR: ColumnTypeEnum.Text,
  'VARYING CHARACTER': ColumnTypeEnum.Text,
  NCHAR: ColumnTypeEnum.Text,
  'NATIVE CHARACTER': ColumnTypeEnum.Text,
  NVARCHAR: ColumnTypeEnum.Text,
  BLOB: ColumnTypeEnum.Bytes,
  BOOLEAN: ColumnTypeEnum.Boolean,
  JSONB: ColumnTypeEnum.Json,
};

const typeOfValue = (value: unknown): ColumnType => {
  if (typeof value === 'string') return ColumnTypeEnum.Text;
  if (typeof value === 'bigint') return ColumnTypeEnum.Int64;
  if (typeof value === 'boolean') return ColumnTypeEnum.Boolean;
  if (typeof value === 'number') return ColumnTypeEnum.UnknownNumber;
  if (value instanceof ArrayBuffer || Buffer.isBuffer(value)) return ColumnTypeEnum.Bytes;
  throw new Error(`unexpected SQLite value of type ${typeof value}`);
};

/** Declared types first; an expression column (no declared type) takes the type of its first non-null value. */
export const columnTypesOf = (declared: readonly (string | null)[], rows: readonly unknown[][]): ColumnType[] =>
  declared.map((decl, c) => {
    const known = decl ? DECLARED[decl.toUpperCase()] : undefined;
    if (known !== undefined) return known;
    const sample = rows.find((row) => row[c] !== null)?.[c];
    return sample === undefined ? ColumnTypeEnum.Int32 : typeOfValue(sample);
  });

export const rowForEngine = (row: readonly unknown[], types: readonly ColumnType[]): unknown[] =>
  row.map((value, i) => {
    if (value instanceof ArrayBuffer || Buffer.isBuffer(value)) return Array.from(new Uint8Array(value));
    const type = types[i];
    const integer = type === ColumnTypeEnum.Int32 || type === ColumnTypeEnum.Int64;
    if (typeof value === 'number' && integer && !Number.isInteger(value)) return Math.trunc(value);
    if ((typeof value === 'number' || typeof value === 'bigint') && type === ColumnTypeEnum.DateTime)
      return new Date(Number(value)).toISOString();
    if (typeof value === 'bigint') return value.toString();
    return value;
  });

/** Dates are stored as ISO 8601 text with "+00:00", as Prisma's own SQLite adapters store them. */
const argForSqlite = (arg: unknown, type: ArgType | undefined): unknown => {
  if (arg === null || arg === undefined) return null;
  const scalar = type?.scalarType;
  if (typeof arg === 'string') {
    if (scalar === 'int') return Number.parseInt(arg, 10);
    if (scalar === 'float' || scalar === 'decimal') return Number.parseFloat(arg);
    if (scalar === 'bigint') return BigInt(arg);
    if (scalar === 'datetime') return new Date(arg).toISOString().replace('Z', '+00:00');
    if (scalar === 'bytes') return Buffer.from(arg, 'base64');
    return arg;
  }
  if (typeof arg === 'boolean') return arg ? 1 : 0;
  if (arg instanceof Date) return arg.toISOString().replace('Z', '+00:00');
  if (Array.isArray(arg) && scalar === 'bytes') return Buffer.from(arg as number[]);
  return arg;
};

export const argsOf = (query: SqlQuery): unknown[] => query.args.map((arg, i) => argForSqlite(arg, query.argTypes[i]));
