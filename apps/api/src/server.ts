// The HTTP server: security headers, CSRF checks, rate limits, /trpc, the public API and /healthz.
import { randomUUID } from 'node:crypto';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { appRouter, auditKeyOf, memoryLimiter, totpKeyOf } from '@thidua/api';
import { databaseAnswers, type Database } from '@thidua/db';
import { TRPCError } from '@trpc/server';
import { fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import Fastify, { type FastifyInstance } from 'fastify';
import { besideDatabase } from './data-dir.js';
import type { Env } from './env.js';
import { csrfGuard } from './http/csrf.js';
import { registerDocumentRoutes } from './http/document-routes.js';
import { limitPublicReads } from './http/public-limit.js';
import { registerExcelRoutes } from './excel/excel-routes.js';
import { registerPortalCors } from './http/portal-cors.js';
import { registerEvidenceRoutes } from './http/evidence-routes.js';
import { requestContext } from './http/request-context.js';
import { openApiDocumentFor } from './public/openapi.js';
import { registerPublicRoutes } from './public/public-routes.js';
import { registerNomineeRoutes } from './public/nominee-routes.js';
import { registerOpenDataRoutes } from './public/open-data-routes.js';
import { admitWritesInOrder } from './http/write-admission.js';
import { redisLimiter } from './http/redis-limiter.js';
import { LOG_REDACTIONS, requestForLog } from './http/request-log.js';

export const MAX_BATCH_SIZE = 10;

/** Evidence files live beside the embedded SQLite file by default; set EVIDENCE_DIR for PostgreSQL deployments. */
const evidenceDir = (env: Env, database: Database): string => env.EVIDENCE_DIR ?? besideDatabase(database, 'evidence');
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** `logStream` lets tests read every log line; by default logs go to standard output. */
export const buildServer = async (
  database: Database,
  env: Env,
  logStream?: { write(line: string): void },
): Promise<FastifyInstance> => {
  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    // The client's address from X-Forwarded-For only through the proxies TRUST_PROXY names.
    trustProxy: env.TRUST_PROXY,
    // tRPC batches name every procedure in the path: allow long paths, the batch size is limited below.
    routerOptions: { maxParamLength: 2000 },
    genReqId: () => randomUUID(),
    logger: {
      level: env.LOG_LEVEL,
      // Each request is logged with the headers an investigation needs; the secrets among them are censored.
      serializers: { req: requestForLog },
      redact: { paths: LOG_REDACTIONS, censor: '[ẩn]' },
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
      ...(logStream ? { stream: logStream } : {}),
    },
  });

  app.decorate('demo', !env.production);
  // Abuse limits are counted inside the procedures (per call, by the procedure's name): shared through Redis when set.
  const shared = env.REDIS_URL ? redisLimiter(env.REDIS_URL) : null;
  app.decorate('limiter', shared ?? memoryLimiter());
  app.decorate('totpKey', totpKeyOf(env.TOTP_KEY));
  app.decorate('auditKey', auditKeyOf(env.AUDIT_KEY));
  if (shared) app.addHook('onClose', async () => shared.close());
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        frameAncestors: ["'self'", ...env.PORTAL_ORIGINS],
        scriptSrc: ["'self'"],
        objectSrc: ["'none'"],
      },
    },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  // Answers are gzipped for a browser that asks (a commune's 1.6 Mbit/s link reads the movement's 40 KB in 10 KB). Only
  // answers: a compressed upload is never inflated here (the workbook guard reads files as they come), and the imports
  // that stream their progress turn it off (excel-routes.ts), so each line leaves as it is written.
  await app.register(compress, {
    globalDecompression: false,
    encodings: ['gzip', 'deflate'],
    threshold: 1024,
    customTypes: /^(application\/json|text\/csv|text\/plain)(;|$)/,
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });

  app.setErrorHandler((err, req, reply) => {
    const error = err as { statusCode?: number; code?: string; message: string };
    const status = err instanceof TRPCError ? getHTTPStatusCodeFromError(err) : (error.statusCode ?? 500);
    if (status >= 500) req.log.error({ err: error }, 'request failed');
    const message =
      status === 413
        ? 'Dữ liệu gửi lên quá lớn | Request body too large'
        : status >= 500
          ? 'Lỗi máy chủ | Server error'
          : error.message;
    // A server error's own code (ENOTDIR, P2002 …) is an internal: the log has it, the answer does not.
    return reply.code(status).send({
      error: { code: status >= 500 ? 'INTERNAL_SERVER_ERROR' : (error.code ?? 'ERROR'), message, requestId: req.id },
    });
  });

  app.get('/healthz', async (_req, reply) =>
    (await databaseAnswers(database.db))
      ? { status: 'ok', database: database.provider }
      : reply.code(503).send({ status: 'unavailable' }),
  );
  const openApi = openApiDocumentFor(env.PUBLIC_URL);
  app.get('/api/openapi.json', async () => openApi);
  registerPortalCors(app, env.PORTAL_ORIGINS);
  app.addHook('onRequest', limitPublicReads(app.limiter));
  registerPublicRoutes(app, database);
  registerNomineeRoutes(app, database);
  registerOpenDataRoutes(app, database);
  registerDocumentRoutes(app, database, { publicUrl: env.PUBLIC_URL, appOrigins: env.APP_ORIGINS });
  await registerEvidenceRoutes(app, database, { dir: evidenceDir(env, database), appOrigins: env.APP_ORIGINS });
  await registerExcelRoutes(app, database, {
    evidenceDir: evidenceDir(env, database),
    appOrigins: env.APP_ORIGINS,
    publicUrl: env.PUBLIC_URL,
  });

  await app.register(async (scope) => {
    scope.addHook('onRequest', csrfGuard(env.APP_ORIGINS));
    admitWritesInOrder(scope);
    await scope.register(fastifyTRPCPlugin, {
      prefix: '/trpc',
      trpcOptions: {
        router: appRouter,
        maxBatchSize: MAX_BATCH_SIZE,
        createContext: ({
          req,
          res,
        }: {
          req: Parameters<typeof requestContext>[1];
          res: Parameters<typeof requestContext>[2];
        }) => requestContext(database, req, res),
        onError: ({
          error,
          req,
        }: {
          error: { code: string; cause?: unknown };
          req: { log: FastifyInstance['log'] };
        }) => {
          if (error.code === 'INTERNAL_SERVER_ERROR') req.log.error({ err: error.cause ?? error }, 'procedure failed');
        },
      },
    });
  });

  return app;
};
