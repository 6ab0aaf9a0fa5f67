// The health probe's question: does the database answer a trivial query now (a file readable, a server reachable)?
import type { Db } from './open-database.js';

export const databaseAnswers = async (db: Db): Promise<boolean> => {
  try {
    await db.$queryRawUnsafe('SELECT 1');
    return true;
  } catch {
    return false;
  }
};
