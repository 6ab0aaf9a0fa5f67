// SQLite errors as Prisma's engine understands them (unique, not-null and foreign-key violations, missing tables),
// so P2002 and friends reach the API exactly as they did with Prisma's own adapter.
import { DriverAdapterError, type Error as DriverError } from '@prisma/driver-adapter-utils';

interface SqliteError {
  code: string;
  message: string;
}

const isSqliteError = (e: unknown): e is SqliteError =>
  typeof (e as SqliteError)?.code === 'string' && typeof (e as SqliteError)?.message === 'string';

const fieldsOf = (message: string): { fields: string[] } | undefined => {
  const list = message.split('constraint failed: ').at(1);
  return list === undefined ? undefined : { fields: list.split(', ').map((f) => f.split('.').pop() ?? f) };
};

const kindOf = ({ code, message }: SqliteError): DriverError | undefined => {
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_')) return { kind: 'SocketTimeout' };
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
    return { kind: 'UniqueConstraintViolation', constraint: fieldsOf(message) };
  if (code === 'SQLITE_CONSTRAINT_NOTNULL') return { kind: 'NullConstraintViolation', constraint: fieldsOf(message) };
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === 'SQLITE_CONSTRAINT_TRIGGER')
    return { kind: 'ForeignKeyConstraintViolation', constraint: { foreignKey: {} } };
  if (message.startsWith('no such table')) return { kind: 'TableDoesNotExist', table: message.split(': ').at(1) };
  if (message.startsWith('no such column')) return { kind: 'ColumnNotFound', column: message.split(': ').at(1) };
  if (message.includes('has no column named '))
    return { kind: 'ColumnNotFound', column: message.split('has no column named ').at(1) };
  return undefined;
};

/** Throws the error in the engine's terms when it has them, else as it came (the engine reports it as unknown). */
export const rethrowForEngine = (e: unknown): never => {
  if (!isSqliteError(e)) throw e;
  const kind = kindOf(e);
  if (!kind) throw e;
  throw new DriverAdapterError({ originalCode: e.code, originalMessage: e.message, ...kind } as DriverError);
};
