// The read-only public API (/api/public/…): approved aggregates only, as JSON or CSV, for the portal and open data.
import { appRouter, createCallerFactory, STAMP_MAX_AGE_MS, versionedCache } from '@thidua/api';
import type { Database } from '@thidua/db';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { toCsv } from '../http/csv.js';
import { refuseParameters, refuseQuery } from '../http/invalid-parameters.js';
import { publicContext } from '../http/request-context.js';

const createCaller = createCallerFactory(appRouter);

/** A year's shape only: whether the movement reports in it is answered (and refused with its years) by the procedure. */
const year = z.coerce.number().int().min(1000).max(9999);

const leaderboardQuery = z.object({
  year,
  kind: z.enum(['department', 'commune', 'enterprise']),
  format: z.enum(['json', 'csv']).default('json'),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

const LEADERBOARD_HINTS = {
  year: 'năm báo cáo của phong trào / a reporting year of the movement',
  kind: 'department|commune|enterprise',
  format: 'json|csv',
  offset: '≥ 0',
  limit: '1–500',
};

export const LEADERBOARD_COLUMNS = [
  'position',
  'rank',
  'unit_id',
  'unit_name',
  'reported',
  'eligibility',
  'score',
  'criteria_met',
  'criteria_not_met',
  'criteria_missing',
] as const;

// Public reads are the busiest path (every portal page view): keep each rendered body until the data changes, and
// let the public see a change up to a second late (as another API instance would) rather than recompute per save.
const rendered = versionedCache<string, string>(256, { maxStaleMs: STAMP_MAX_AGE_MS });
const json = (reply: FastifyReply, body: string) => reply.type('application/json; charset=utf-8').send(body);

export const registerPublicRoutes = (app: FastifyInstance, database: Database): void => {
  app.get('/api/public/leaderboard', async (req, reply) => {
    const q = leaderboardQuery.safeParse(req.query);
    if (!q.success) return refuseParameters(reply, q.error, LEADERBOARD_HINTS);
    const csv = q.data.format === 'csv';
    const key = JSON.stringify(q.data);
    const body = await rendered(database.db, key, async () => {
      // CSV is the open-data export: the whole board. JSON is paged for screens and widgets.
      const page = await createCaller(publicContext(database, req)).leaderboard.get({
        year: q.data.year,
        kind: q.data.kind,
        offset: csv ? 0 : q.data.offset,
        limit: csv ? 10_000 : q.data.limit,
      });
      const flat = page.rows.map((r) => ({
        position: r.position,
        rank: r.rank,
        unit_id: r.unitId,
        unit_name: r.name.vi,
        reported: r.reported,
        eligibility: r.eligibility,
        score: r.score,
        criteria_met: r.counts.met,
        criteria_not_met: r.counts.notMet,
        criteria_missing: r.counts.missing,
      }));
      return csv
        ? toCsv(LEADERBOARD_COLUMNS, flat)
        : JSON.stringify({
            year: q.data.year,
            kind: q.data.kind,
            source: 'approved reports only',
            total: page.total,
            offset: page.offset,
            limit: q.data.limit,
            rows: flat,
          });
    });
    if (csv) {
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="thidua-leaderboard-${q.data.kind}-${q.data.year}.csv"`)
        .send(body);
    }
    return json(reply, body);
  });

  app.get('/api/public/deadlines', async (req, reply) => {
    const q = z.object({ year }).safeParse(req.query);
    if (!q.success)
      return refuseQuery(
        reply,
        'Tham số year phải là một năm báo cáo của phong trào | year must be a reporting year of the movement',
      );
    // Whether a report is late depends on the clock too: a cached answer lives for a minute at most.
    const minute = Math.floor(Date.now() / 60_000);
    return json(
      reply,
      await rendered(database.db, `deadlines:${q.data.year}:${minute}`, async () =>
        JSON.stringify(await createCaller(publicContext(database, req)).reports.completeness({ year: q.data.year })),
      ),
    );
  });

  app.get('/api/public/targets', async (req, reply) => {
    // Without a year: the year the movement's screens open on today.
    const q = z.object({ year: year.optional() }).safeParse(req.query);
    if (!q.success)
      return refuseQuery(
        reply,
        'Tham số year phải là một năm báo cáo của phong trào | year must be a reporting year of the movement',
      );
    return json(
      reply,
      await rendered(database.db, `targets:${q.data.year ?? 'default'}`, async () =>
        JSON.stringify(
          await createCaller(publicContext(database, req)).targets.progress(
            q.data.year === undefined ? undefined : { year: q.data.year },
          ),
        ),
      ),
    );
  });

  app.get('/api/public/timeline', async (req) => createCaller(publicContext(database, req)).movement.timeline());

  // The movement's reporting years, the year its screens open on and its reviews: what a widget shows by default.
  app.get('/api/public/calendar', async (req) => createCaller(publicContext(database, req)).movement.calendar());

  app.get('/api/public/awards', async (req, reply) => {
    const q = z
      .object({
        review: z
          .string()
          .regex(/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$/)
          .max(64),
      })
      .safeParse(req.query);
    if (!q.success)
      return refuseQuery(
        reply,
        "Tham số review là mã một đợt xét của phong trào (xem /api/public/calendar) | review must be one of the movement's review ids (see /api/public/calendar)",
      );
    return json(
      reply,
      await rendered(database.db, `awards:${q.data.review}`, async () =>
        JSON.stringify(
          await createCaller(publicContext(database, req)).decisions.published({ reviewId: q.data.review }),
        ),
      ),
    );
  });

  app.get('/api/public/initiatives', async (req, reply) => {
    const q = z
      .object({
        search: z.string().trim().max(100).optional(),
        sector: z
          .string()
          .regex(/^S-[A-Z-]+$/)
          .optional(),
      })
      .safeParse(req.query);
    if (!q.success)
      return refuseQuery(reply, 'Tham số không hợp lệ: search (tối đa 100 ký tự), sector (S-…) | Invalid parameters');
    return createCaller(publicContext(database, req)).initiatives.publicList({
      ...(q.data.search ? { search: q.data.search } : {}),
      ...(q.data.sector ? { sectorId: q.data.sector } : {}),
    });
  });

  app.get('/api/public/units', async (req) => createCaller(publicContext(database, req)).orgUnits.list());
};
