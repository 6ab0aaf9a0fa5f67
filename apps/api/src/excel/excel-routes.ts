// The workbooks over HTTP: a unit's yearly report, a sector office's figures and the district's sheet, downloaded and
// imported back. What each does is a use case of @thidua/api; this file adapts HTTP to them: who may send a body at
// all, the year in the path, the file as evidence, and the phases streamed to a browser that asks.
import {
  districtSheet,
  importDistrictSheet,
  importSectorSheet,
  importUnitSheet,
  sectorSheet,
  unitSheet,
  type Context,
  type ImportOutcome,
  type ImportPorts,
  type SheetFile,
} from '@thidua/api';
import type { Database } from '@thidua/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { refuseForeignOrigin } from '../http/csrf.js';
import { stageEvidence } from '../http/evidence-store.js';
import { procedureErrorAnswer, sendProcedureError } from '../http/procedure-error.js';
import { BAD_YEAR, reportYearOf as yearOf } from '../http/report-year.js';
import { requestContext } from '../http/request-context.js';
import { refuseBeforeBody } from '../http/upload-guard.js';
import { importProgress, type ImportProgress } from './import-progress.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
/** A district sheet of 100,000 values is about 2 MB; the limit keeps a parsed workbook well inside memory. */
const DISTRICT_MAX_BYTES = 8 * 1024 * 1024;
type Params = { unitId: string; year: string };
type SectorParams = { sectorId: string; year: string };
/** An import streams its progress line by line: a compressed answer would hold the lines back until the end. */
const NOT_COMPRESSED = { compress: false } as const;

const sendWorkbook = (reply: FastifyReply, name: string, file: Buffer) =>
  reply
    .type(XLSX)
    .header('content-disposition', `attachment; filename="${name}"`)
    .header('cache-control', 'private, no-store')
    .send(file);

/** What every upload must be before it is read: from the app's own pages, for a reporting year, an Excel file. */
const acceptUpload = (
  req: FastifyRequest<{ Params: { year: string } }>,
  reply: FastifyReply,
  appOrigins: readonly string[],
): { year: number; body: Buffer } | null => {
  if (refuseForeignOrigin(req, reply, appOrigins)) return null;
  const year = yearOf(req.params.year);
  if (year === null) {
    void reply.code(400).send(BAD_YEAR);
    return null;
  }
  const body = req.body;
  if (!Buffer.isBuffer(body) || body.length === 0) {
    void reply.code(415).send({
      error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Hãy chọn tệp Excel (.xlsx) | Choose an Excel (.xlsx) file' },
    });
    return null;
  }
  return { year, body };
};

/** An import's outcome as the answer: saved (and logged), or refused with what is wrong and nothing saved. */
const finishImport = <T>(req: FastifyRequest, progress: ImportProgress, outcome: ImportOutcome<T>) => {
  switch (outcome.outcome) {
    case 'invalid':
      return progress.finish(422, {
        error: { code: 'INVALID_FILE', message: outcome.message },
        problems: outcome.problems,
        total: outcome.total,
      });
    case 'conflict':
      return progress.finish(409, { error: { code: 'CONFLICT', message: outcome.message } });
    case 'saved':
      req.log.info(outcome.log.fields, outcome.log.message);
      return progress.finish(200, outcome.answer);
  }
};

export const registerExcelRoutes = async (
  app: FastifyInstance,
  database: Database,
  options: { evidenceDir: string; appOrigins: readonly string[]; publicUrl: string | undefined },
) => {
  /** Every download: the year in the path, the signed-in person's context, a refused procedure in the user's words. */
  const downloading =
    <P extends { year: string }>(make: (context: Context, params: P, year: number) => Promise<SheetFile>) =>
    async (req: FastifyRequest<{ Params: P }>, reply: FastifyReply) => {
      const params = req.params as P;
      const year = yearOf(params.year);
      if (year === null) return reply.code(400).send(BAD_YEAR);
      try {
        const { name, file } = await make(await requestContext(database, req, reply), params, year);
        return sendWorkbook(reply, name, file);
      } catch (e) {
        return sendProcedureError(reply, req, e);
      }
    };

  /** Keeps an imported file in the evidence folder only if the import it backs is saved (see ImportPorts). */
  const keeper =
    (req: FastifyRequest, body: Buffer, uploadedBy: string | undefined): ImportPorts['keepWorkbook'] =>
    async (name, save, saved = () => true) => {
      const staged = await stageEvidence(options.evidenceDir, body, 'xlsx', {
        name,
        type: XLSX,
        uploadedBy: uploadedBy ?? 'unknown',
      });
      try {
        const result = await save({
          id: staged.id,
          url: `${options.publicUrl ?? `${req.protocol}://${req.host}`}${staged.url}`,
        });
        await (saved(result) ? staged.keep() : staged.drop());
        return result;
      } catch (e) {
        await staged.drop();
        throw e;
      }
    };

  /** Every import: a file from the app's own pages for a reporting year, its phases told to a browser that asks, the
   * outcome answered, and a failed procedure answered in the user's words (streamed or not). */
  const importing =
    <P extends { year: string }, T>(
      run: (
        context: Context,
        params: P,
        upload: { year: number; workbook: Buffer },
        ports: ImportPorts,
      ) => Promise<ImportOutcome<T>>,
    ) =>
    async (req: FastifyRequest<{ Params: P }>, reply: FastifyReply) => {
      const upload = acceptUpload(req, reply, options.appOrigins);
      if (!upload) return reply;
      const progress = importProgress(req, reply);
      try {
        const context = await requestContext(database, req, reply);
        const ports = { phase: progress.phase, keepWorkbook: keeper(req, upload.body, context.actor?.userId) };
        const outcome = await run(context, req.params as P, { year: upload.year, workbook: upload.body }, ports);
        return finishImport(req, progress, outcome);
      } catch (e) {
        const { status, body } = procedureErrorAnswer(req, e);
        return progress.finish(status, body);
      }
    };

  app.get<{ Params: Params }>(
    '/api/excel/report/:unitId/:year',
    downloading((context, { unitId }: Params, year) => unitSheet(context, { unitId, year })),
  );
  app.get<{ Params: SectorParams }>(
    '/api/excel/sector/:sectorId/:year',
    downloading((context, { sectorId }: SectorParams, year) => sectorSheet(context, { sectorId, year })),
  );
  app.get<{ Params: { year: string } }>(
    '/api/excel/district/:year',
    downloading((context, _params, year) => districtSheet(context, { year })),
  );

  await app.register(async (scope) => {
    // Only Culture imports the district sheet: anyone else is refused before a large body is read.
    scope.addHook(
      'onRequest',
      refuseBeforeBody(database, (can) => can.reviewReports),
    );
    scope.addContentTypeParser(XLSX, { parseAs: 'buffer', bodyLimit: DISTRICT_MAX_BYTES }, (_req, body, done) =>
      done(null, body),
    );
    scope.post<{ Params: { year: string } }>(
      '/api/excel/district/:year',
      NOT_COMPRESSED,
      importing((context, _params, upload, ports) => importDistrictSheet(context, upload, ports)),
    );
  });

  await app.register(async (scope) => {
    // A sector's office imports its sheet, a unit's editor its report: anyone else is refused before the body is read.
    scope.addHook(
      'onRequest',
      refuseBeforeBody(database, (can, req) =>
        (req.routeOptions.url ?? '').startsWith('/api/excel/sector/') ? can.editOwnSector : can.editOwnUnit,
      ),
    );
    scope.addContentTypeParser(XLSX, { parseAs: 'buffer', bodyLimit: IMPORT_MAX_BYTES }, (_req, body, done) =>
      done(null, body),
    );
    scope.post<{ Params: SectorParams }>(
      '/api/excel/sector/:sectorId/:year',
      NOT_COMPRESSED,
      importing((context, { sectorId }: SectorParams, upload, ports) =>
        importSectorSheet(context, { sectorId, ...upload }, ports),
      ),
    );
    scope.post<{ Params: Params }>(
      '/api/excel/report/:unitId/:year',
      NOT_COMPRESSED,
      importing((context, { unitId }: Params, upload, ports) => importUnitSheet(context, { unitId, ...upload }, ports)),
    );
  });
};
