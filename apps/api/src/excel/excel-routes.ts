// The unit's yearly report, a sector office's figures and the district's sheet as Excel: download the sheet (the
// movement's template, filled with what is saved so far) and import it back; a browser that asks is told each phase. An import is all or nothing: every problem is listed by sheet, row and column and nothing is
// saved; a clean file is saved as the report's draft in one transaction (through reports.saveDraft, so the same
// permissions, checks and audit apply) and kept as evidence. A sheet is made from the movement reporting its year,
// in the language the signed-in person chose; its problems are worded in that language too.
import { appRouter, assertCanEdit, assertCanEditSector, createCallerFactory, movementForYear } from '@thidua/api';
import type { Database } from '@thidua/db';
import { say } from '@thidua/domain';
import { TRPCError } from '@trpc/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { refuseForeignOrigin } from '../http/csrf.js';
import { stageEvidence } from '../http/evidence-store.js';
import { procedureErrorAnswer, sendProcedureError } from '../http/procedure-error.js';
import { BAD_YEAR, reportYearOf as yearOf } from '../http/report-year.js';
import { importProgress, type ImportProgress } from './import-progress.js';
import { refuseBeforeBody } from '../http/upload-guard.js';
import { requestContext } from '../http/request-context.js';
import { buildDistrictWorkbook, readDistrictWorkbook } from './district-sheet.js';
import { buildReportWorkbook, readReportWorkbook, type SheetUnit } from './report-sheet.js';
import { buildSectorWorkbook, readSectorWorkbook } from './sector-sheet.js';

const createCaller = createCallerFactory(appRouter);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
/** A district sheet of 100,000 values is about 2 MB; the limit keeps a parsed workbook well inside memory. */
const DISTRICT_MAX_BYTES = 8 * 1024 * 1024;
/** A refused file lists this many problems at most (and says how many there are). */
const MAX_LISTED = 500;

type Params = { unitId: string; year: string };
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

type Problem = { sheet: string; row: number | null; column: string | null; message: string };

/** A file with problems saves nothing: the answer lists them (the first MAX_LISTED) and says how many there are. */
const refuseFile = (progress: ImportProgress, problems: readonly Problem[]) =>
  progress.finish(422, {
    error: {
      code: 'INVALID_FILE',
      message: `Tệp có ${problems.length} lỗi, chưa lưu gì | The file has ${problems.length} problems; nothing was saved`,
    },
    problems: problems.slice(0, MAX_LISTED),
    total: problems.length,
  });

/** The sheet must come from the version saved now: edits made since the download are not overwritten. */
const refuseStale = (progress: ImportProgress, noun: { vi: string; en: string }, saved: number, file: number | null) =>
  progress.finish(409, {
    error: {
      code: 'CONFLICT',
      message: `${noun.vi} đã được lưu lại sau khi tải tệp này (bản ${saved}, tệp là bản ${file ?? 'chưa lưu'}): hãy tải lại bảng tính, chép số liệu vào rồi nhập lại. | The ${noun.en} was saved again after this file was downloaded: download the sheet again, copy your figures into it and import it.`,
    },
  });

export const registerExcelRoutes = async (
  app: FastifyInstance,
  database: Database,
  options: { evidenceDir: string; appOrigins: readonly string[]; publicUrl: string | undefined },
) => {
  /** Every import: a file from the app's own pages for a reporting year, its phases told to a browser that asks, and a
   * failed procedure answered in the user's words (streamed or not). */
  const importing =
    <P extends { year: string }>(
      handle: (
        req: FastifyRequest<{ Params: P }>,
        reply: FastifyReply,
        upload: { year: number; body: Buffer; progress: ImportProgress },
      ) => Promise<FastifyReply>,
    ) =>
    async (req: FastifyRequest<{ Params: P }>, reply: FastifyReply) => {
      const upload = acceptUpload(req, reply, options.appOrigins);
      if (!upload) return reply;
      const progress = importProgress(req, reply);
      try {
        return await handle(req, reply, { ...upload, progress });
      } catch (e) {
        const { status, body } = procedureErrorAnswer(req, e);
        return progress.finish(status, body);
      }
    };

  /** Keeps an imported file as evidence (its address is what stored links point to) only if the import it backs is
   * saved: `save` gets the address; a refused or failed import leaves no file behind. */
  const savingWithFile = async <T>(
    req: FastifyRequest,
    body: Buffer,
    name: string,
    uploadedBy: string | undefined,
    save: (file: { id: string; url: string }) => Promise<T>,
    saved: (result: T) => boolean = () => true,
  ): Promise<T> => {
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

  const load = async (req: FastifyRequest<{ Params: Params }>, reply: FastifyReply, year: number) => {
    const context = await requestContext(database, req, reply);
    const caller = createCaller(context);
    // reports.get decides who may read this unit's report; its answer carries the unit and the saved values.
    const { report } = await caller.reports.get({ unitId: req.params.unitId, year });
    const unitRow =
      report?.unit ??
      (await database.db.orgUnit.findUnique({
        where: { id: req.params.unitId },
        select: { id: true, name: true, participantKind: true },
      }));
    const kind = unitRow?.participantKind;
    if (!unitRow || !kind || kind === 'individual')
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: 'Đơn vị này không báo cáo phong trào | This unit does not report',
      });
    const unit: SheetUnit = { id: unitRow.id, name: unitRow.name, kind: kind as SheetUnit['kind'] };
    return { caller, actor: context.actor, report, unit, lang: context.actor?.language ?? 'vi' };
  };

  app.get<{ Params: Params }>('/api/excel/report/:unitId/:year', async (req, reply) => {
    const year = yearOf(req.params.year);
    if (year === null) return reply.code(400).send(BAD_YEAR);
    try {
      const { report, unit, lang } = await load(req, reply, year);
      const { movement } = await movementForYear(database.db, year);
      const file = await buildReportWorkbook(movement, unit, year, report?.values ?? [], report?.version ?? null, lang);
      return sendWorkbook(reply, `bao-cao-${unit.id}-${year}.xlsx`, file);
    } catch (e) {
      return sendProcedureError(reply, req, e);
    }
  });

  app.get<{ Params: { sectorId: string; year: string } }>('/api/excel/sector/:sectorId/:year', async (req, reply) => {
    const year = yearOf(req.params.year);
    if (year === null) return reply.code(400).send(BAD_YEAR);
    try {
      // sectors.report decides who may read the sector's figures, and gives the communes of the year.
      const context = await requestContext(database, req, reply);
      const view = await createCaller(context).sectors.report({ sectorId: req.params.sectorId, year });
      const { movement } = await movementForYear(database.db, year);
      const sector = movement.sectors.find((s) => s.id === view.sector.id)!;
      const file = await buildSectorWorkbook(
        sector,
        view.communes,
        year,
        view.report?.values ?? [],
        view.report?.version ?? null,
        context.actor?.language,
      );
      return sendWorkbook(reply, `nganh-${sector.id}-${year}.xlsx`, file);
    } catch (e) {
      return sendProcedureError(reply, req, e);
    }
  });

  app.get<{ Params: { year: string } }>('/api/excel/district/:year', async (req, reply) => {
    const year = yearOf(req.params.year);
    if (year === null) return reply.code(400).send(BAD_YEAR);
    try {
      const context = await requestContext(database, req, reply);
      const units = await createCaller(context).reports.districtValues({ year });
      const { movement } = await movementForYear(database.db, year);
      return sendWorkbook(
        reply,
        `so-lieu-toan-huyen-${year}.xlsx`,
        await buildDistrictWorkbook(movement, year, units, context.actor?.language),
      );
    } catch (e) {
      return sendProcedureError(reply, req, e);
    }
  });

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
      importing(async (req, reply, { year, body, progress }) => {
        const context = await requestContext(database, req, reply);
        const caller = createCaller({
          ...context,
          progress: (step, done, total) => progress.phase(step === 'reports' ? 'preparing' : 'saving', done, total),
        });
        // Only Culture may read the district's figures (and so import): asking first spares reading the file otherwise.
        const current = await caller.reports.districtValues({ year });
        const saved = new Map(current.flatMap((u) => u.values.map((v) => [`${u.id}\u0000${v.key}`, v] as const)));
        const { movement } = await movementForYear(database.db, year);
        const lang = context.actor?.language ?? 'vi';
        const kinds = new Map(
          (
            await database.db.orgUnit.findMany({
              where: { participantKind: { in: ['department', 'commune', 'enterprise'] } },
              select: { id: true, participantKind: true },
            })
          ).map((u) => [u.id, u.participantKind!]),
        );
        const criteria = new Map(movement.criteria.map((c) => [c.id, c]));
        progress.phase('reading');
        const read = await readDistrictWorkbook(
          body,
          year,
          (unitId, key) => {
            const c = criteria.get(key);
            const kind = kinds.get(unitId);
            return c && kind && c.appliesTo.includes(kind as 'department') ? c : null;
          },
          lang,
        );
        const refuse = (problems: readonly Problem[]) => refuseFile(progress, problems);
        if (read.problems.length > 0) return refuse(read.problems);
        // Rows that say what is already saved are not changes: the sheet as downloaded can come back with a few edits.
        const changed = read.rows.filter((r) => {
          const s = saved.get(`${r.unitId}\u0000${r.key}`);
          return (
            !s ||
            s.numberValue !== r.number ||
            s.boolValue !== r.bool ||
            (r.evidenceUrl !== null && s.evidenceUrl !== r.evidenceUrl)
          );
        });
        progress.phase('checking', read.rows.length, read.rows.length);
        if (changed.length === 0)
          return refuse([
            {
              sheet: 'so_lieu',
              row: null,
              column: null,
              message: say(lang)(
                'Tệp không có số liệu nào khác với số liệu đã lưu.',
                'The file has no figure that differs from those saved.',
              ),
            },
          ]);
        // The district file holds every unit's figures: it is kept and named in the audit entry, never linked from a
        // unit's values (any signed-in user may open evidence links).
        const { result, fileId } = await savingWithFile(
          req,
          body,
          `so-lieu-toan-huyen-${year}.xlsx`,
          context.actor?.userId,
          async (file) => ({
            result: await caller.reports.importDistrict({
              year,
              evidenceUrl: file.url,
              rows: changed.map(({ line: _line, ...r }) => r),
            }),
            fileId: file.id,
          }),
          ({ result }) => result.ok,
        );
        if (!result.ok)
          return refuse(
            result.problems.map((p) => ({
              sheet: 'so_lieu',
              row: changed[p.index]?.line ?? null,
              column: p.field === 'unitId' ? 'A (unit_id)' : p.field === 'key' ? 'C (criterion_id)' : 'E (value)',
              message: p.message,
            })),
          );
        req.log.info(
          { year, reports: result.reports, values: result.values, evidence: fileId },
          'district figures imported from Excel',
        );
        return progress.finish(200, { saved: result.values, reports: result.reports });
      }),
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
    scope.post<{ Params: { sectorId: string; year: string } }>(
      '/api/excel/sector/:sectorId/:year',
      NOT_COMPRESSED,
      importing(async (req, reply, { year, body, progress }) => {
        const context = await requestContext(database, req, reply);
        const caller = createCaller(context);
        const view = await caller.sectors.report({ sectorId: req.params.sectorId, year });
        // Readers of the sector may download its sheet; only its own office may import (checked before the file is kept).
        assertCanEditSector(context.actor!, view.sector.id);
        const { movement } = await movementForYear(database.db, year);
        const sector = movement.sectors.find((s) => s.id === view.sector.id)!;
        progress.phase('reading');
        const {
          values,
          problems,
          version: fileVersion,
        } = await readSectorWorkbook(body, sector, view.communes, year, context.actor!.language);
        progress.phase('checking', values.length, values.length);
        const report = view.report;
        if (report && report.status !== 'draft') {
          return progress.finish(409, {
            error: {
              code: 'CONFLICT',
              message:
                'Báo cáo ngành đã nộp hoặc đã duyệt: không nhập được nữa | The sector report was submitted or approved: it cannot be imported into',
            },
          });
        }
        if (report && fileVersion !== report.version)
          return refuseStale(progress, { vi: 'Báo cáo ngành', en: 'sector report' }, report.version, fileVersion);
        if (problems.length > 0) return refuseFile(progress, problems);
        const filled = values.filter((v) => v.number !== null || v.bool !== null);
        const before = new Map((report?.values ?? []).map((v) => [`${v.unitId}|${v.indicatorId}`, v]));
        const { saved, file } = await savingWithFile(
          req,
          body,
          `nganh-${sector.id}-${year}.xlsx`,
          context.actor?.userId,
          async (file) => ({
            file,
            // Only cells with a figure are stored (an empty cell is no figure); the workbook is the evidence of those without a link.
            saved: await caller.sectors.save({
              sectorId: sector.id,
              year,
              ...(report ? { version: report.version } : {}),
              values: filled.map((v) => {
                // The sheet has no column for an attached file's name: a figure whose link is unchanged keeps it.
                const kept = before.get(`${v.unitId}|${v.indicatorId}`);
                const evidenceUrl = v.evidenceUrl ?? file.url;
                return {
                  unitId: v.unitId,
                  indicatorId: v.indicatorId,
                  number: v.number,
                  bool: v.bool,
                  evidenceUrl,
                  evidenceFile: kept?.evidenceUrl === evidenceUrl ? (kept.evidenceFile ?? null) : null,
                  note: v.note,
                };
              }),
            }),
          }),
        );
        const fileUrl = file.url;
        req.log.info(
          { sector: sector.id, year, values: filled.length, evidence: file.id },
          'sector figures imported from Excel',
        );
        return progress.finish(200, { saved: filled.length, evidenceUrl: fileUrl, ...saved });
      }),
    );

    scope.post<{ Params: Params }>(
      '/api/excel/report/:unitId/:year',
      NOT_COMPRESSED,
      importing(async (req, reply, { year, body, progress }) => {
        const { caller, actor, report, unit, lang } = await load(req, reply, year);
        // District readers may download a unit's sheet; only its own editor may import (checked before the file is kept).
        assertCanEdit(actor!, { id: unit.id, sectorId: null });
        const { movement } = await movementForYear(database.db, year);
        progress.phase('reading');
        const { values, problems, version: fileVersion } = await readReportWorkbook(body, movement, unit, year, lang);
        progress.phase('checking', values.length, values.length);
        if (report && fileVersion !== report.version)
          return refuseStale(progress, { vi: 'Báo cáo', en: 'report' }, report.version, fileVersion);
        if (problems.length > 0) return refuseFile(progress, problems);
        const { saved, file } = await savingWithFile(
          req,
          body,
          `bao-cao-${unit.id}-${year}.xlsx`,
          actor?.userId,
          async (file) => ({
            file,
            saved: await caller.reports.saveDraft({
              unitId: unit.id,
              year,
              ...(report ? { version: report.version } : {}),
              // The workbook itself is the evidence of every value that has no link of its own.
              values: values.map((v) => ({
                key: v.key,
                number: v.number,
                bool: v.bool,
                evidenceUrl: v.evidenceUrl ?? (v.number !== null || v.bool !== null ? file.url : null),
                note: v.note,
              })),
            }),
          }),
        );
        const fileUrl = file.url;
        req.log.info({ unit: unit.id, year, values: values.length, evidence: file.id }, 'report imported from Excel');
        return progress.finish(200, { saved: values.length, evidenceUrl: fileUrl, ...saved });
      }),
    );
  });
};
