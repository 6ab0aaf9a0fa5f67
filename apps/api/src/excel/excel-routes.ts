// The unit's yearly report as Excel: download the sheet (the movement's template, filled with what is saved so far)
// and import it back. An import is all or nothing: every problem is listed by sheet, row and column and nothing is
// saved; a clean file is saved as the report's draft in one transaction (through reports.saveDraft, so the same
// permissions, checks and audit apply) and kept as evidence.
import { activeMovement, appRouter, createCallerFactory } from '@thidua/api';
import type { Database } from '@thidua/db';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { refuseForeignOrigin } from '../http/csrf.js';
import { storeEvidence } from '../http/evidence-store.js';
import { requestContext } from '../http/request-context.js';
import { buildReportWorkbook, readReportWorkbook, type SheetUnit } from './report-sheet.js';

const createCaller = createCallerFactory(appRouter);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

type Params = { unitId: string; year: string };

const fail = (reply: FastifyReply, req: FastifyRequest, e: unknown) => {
  if (e instanceof TRPCError) return reply.code(getHTTPStatusCodeFromError(e)).send({ error: { code: e.code, message: e.message, requestId: req.id } });
  throw e;
};

const yearOf = (raw: string) => {
  const year = Number(raw);
  return Number.isInteger(year) && year >= 2022 && year <= 2025 ? year : null;
};

const BAD_YEAR = { error: { code: 'BAD_REQUEST', message: 'Năm báo cáo phải từ 2022 đến 2025 | The year must be 2022–2025' } };

export const registerExcelRoutes = async (app: FastifyInstance, database: Database, options: { evidenceDir: string; appOrigins: readonly string[] }) => {
  const load = async (req: FastifyRequest<{ Params: Params }>, reply: FastifyReply, year: number) => {
    const caller = createCaller(await requestContext(database, req, reply));
    // reports.get decides who may read this unit's report; its answer carries the unit and the saved values.
    const { report } = await caller.reports.get({ unitId: req.params.unitId, year });
    const unitRow = report?.unit ?? (await database.db.orgUnit.findUnique({ where: { id: req.params.unitId }, select: { id: true, name: true, participantKind: true } }));
    const kind = unitRow?.participantKind;
    if (!unitRow || !kind || kind === 'individual') throw new TRPCError({ code: 'BAD_REQUEST', message: 'Đơn vị này không báo cáo phong trào | This unit does not report' });
    const unit: SheetUnit = { id: unitRow.id, name: unitRow.name, kind: kind as SheetUnit['kind'] };
    return { caller, report, unit };
  };

  app.get<{ Params: Params }>('/api/excel/report/:unitId/:year', async (req, reply) => {
    const year = yearOf(req.params.year);
    if (year === null) return reply.code(400).send(BAD_YEAR);
    try {
      const { report, unit } = await load(req, reply, year);
      const { movement } = await activeMovement(database.db);
      const file = await buildReportWorkbook(movement, unit, year, report?.values ?? []);
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="bao-cao-${unit.id}-${year}.xlsx"`)
        .header('cache-control', 'private, no-store')
        .send(file);
    } catch (e) {
      return fail(reply, req, e);
    }
  });

  await app.register(async (scope) => {
    scope.addContentTypeParser(XLSX, { parseAs: 'buffer', bodyLimit: IMPORT_MAX_BYTES }, (_req, body, done) => done(null, body));
    scope.post<{ Params: Params; Querystring: { version?: string } }>('/api/excel/report/:unitId/:year', async (req, reply) => {
      if (refuseForeignOrigin(req, reply, options.appOrigins)) return reply;
      const year = yearOf(req.params.year);
      if (year === null) return reply.code(400).send(BAD_YEAR);
      const body = req.body;
      if (!Buffer.isBuffer(body) || body.length === 0) return reply.code(415).send({ error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Hãy chọn tệp Excel (.xlsx) | Choose an Excel (.xlsx) file' } });
      try {
        const { caller, report, unit } = await load(req, reply, year);
        const { movement } = await activeMovement(database.db);
        const { values, problems } = await readReportWorkbook(body, movement, unit, year);
        if (problems.length > 0) {
          return reply.code(422).send({ error: { code: 'INVALID_FILE', message: `Tệp có ${problems.length} lỗi, chưa lưu gì | The file has ${problems.length} problems; nothing was saved` }, problems });
        }
        const actor = (await requestContext(database, req, reply)).actor;
        const stored = await storeEvidence(options.evidenceDir, body, 'xlsx', { name: `bao-cao-${unit.id}-${year}.xlsx`, type: XLSX, uploadedBy: actor?.userId ?? 'unknown' });
        const fileUrl = `${req.protocol}://${req.host}${stored.url}`;
        const version = req.query.version ? Number(req.query.version) : report?.version;
        const saved = await caller.reports.saveDraft({
          unitId: unit.id,
          year,
          ...(version ? { version } : {}),
          // The workbook itself is the evidence of every value that has no link of its own.
          values: values.map((v) => ({ key: v.key, number: v.number, bool: v.bool, evidenceUrl: v.evidenceUrl ?? (v.number !== null || v.bool !== null ? fileUrl : null), note: v.note })),
        });
        req.log.info({ unit: unit.id, year, values: values.length, evidence: stored.id }, 'report imported from Excel');
        return reply.send({ saved: values.length, evidenceUrl: fileUrl, ...saved });
      } catch (e) {
        return fail(reply, req, e);
      }
    });
  });
};
