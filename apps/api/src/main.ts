// Starts thidua's API on the embedded database by default: migrate, seed on first run, listen.
import { migrate, openDatabase, redactUrl } from '@thidua/db';
import { readEnv } from './env.js';
import { buildServer } from './server.js';

const env = readEnv(process.env);
const url = await migrate(env.DATABASE_URL);
const database = await openDatabase(url);
const app = await buildServer(database, env);

const close = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', close);
process.on('SIGTERM', close);

await app.listen({ host: env.HOST, port: env.PORT });
app.log.info(`thidua API: http://${env.HOST}:${env.PORT} (database ${redactUrl(url)})`);
