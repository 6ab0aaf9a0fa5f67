// The open dataset (/api/public/open-data): its dictionary and licence, and the approved values as JSON (paged), CSV
// or Excel (whole selection). Built from the API's openData.values; nothing unapproved, nothing personal.
import {
  addressOf,
  appRouter,
  assertWithinLimit,
  createCallerFactory,
  OPEN_DATA_COLUMNS,
  versionedCache,
  type OpenDataRow,
} from '@thidua/api';
import type { Database } from '@thidua/db';
import { buildOpenDataWorkbook } from '@thidua/spreadsheets';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { toCsv } from '../http/csv.js';
import { refuseParameters } from '../http/invalid-parameters.js';
import { sendProcedureError } from '../http/procedure-error.js';
import { publicContext } from '../http/request-context.js';
import { OPEN_DATA_DICTIONARY, OPEN_DATA_LICENCE_ID, openDataLicence } from './open-data-dictionary.js';

const createCaller = createCallerFactory(appRouter);

const VALUES_HINTS = {
  year: 'năm báo cáo của phong trào / a reporting year of the movement',
  unit: '1–64 ký tự / characters',
  item: 'C-… | I-…',
  format: 'json|csv|xlsx',
  offset: '≥ 0',
  limit: '1–1000',
};

const valuesQuery = z.object({
  year: z.coerce.number().int().min(1000).max(9999).optional(),
  unit: z.string().min(1).max(64).optional(),
  item: z
    .string()
    .regex(/^[CI]-[A-Z0-9-]+$/)
    .optional(),
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});

const toXlsx = (rows: readonly OpenDataRow[], licence: ReturnType<typeof openDataLicence>) =>
  buildOpenDataWorkbook({ columns: OPEN_DATA_COLUMNS, rows, dictionary: OPEN_DATA_DICTIONARY, licence });

// A whole-dataset file (up to 100,000 rows) is built once per data version and selection, not per anonymous download.
const files = versionedCache<string, string | Buffer>(16);

export const registerOpenDataRoutes = (app: FastifyInstance, database: Database): void => {
  // The dataset is the running movement's: its name and its issuer, as the movement file states them.
  app.get('/api/public/open-data', async (req, reply) => {
    const movement = await createCaller(publicContext(database, req)).movement.get();
    return reply.send({
      title: { vi: `Số liệu ${movement.name.vi} (đã duyệt)`, en: `${movement.name.en}: approved figures` },
      publisher: movement.issuer.vi,
      licence: openDataLicence(movement),
      columns: OPEN_DATA_COLUMNS.map((name) => ({ name, ...OPEN_DATA_DICTIONARY[name] })),
      formats: ['json', 'csv', 'xlsx'],
      values: '/api/public/open-data/values',
      note: {
        vi: 'Chỉ gồm số liệu đã được phê duyệt; không có dữ liệu cá nhân.',
        en: 'Approved figures only; no personal data.',
      },
    });
  });

  app.get('/api/public/open-data/values', async (req, reply) => {
    const q = valuesQuery.safeParse(req.query);
    if (!q.success) return refuseParameters(reply, q.error, VALUES_HINTS);
    const { format, year, unit, item } = q.data;
    const context = publicContext(database, req);
    const read = (offset: number, limit: number) =>
      createCaller(context).openData.values({
        ...(year ? { year } : {}),
        ...(unit ? { unitId: unit } : {}),
        ...(item ? { itemId: item } : {}),
        offset,
        limit,
      });
    const name = `thidua-du-lieu-mo${year ? `-${year}` : ''}`;
    reply.header('x-licence', OPEN_DATA_LICENCE_ID);
    if (format !== 'json') {
      // CSV and Excel carry the whole selection for people: limited per address, built once per data version.
      try {
        await assertWithinLimit(context, 'exportPerAddress', addressOf(context));
        const body = await files(database.db, `${format}:${year ?? ''}:${unit ?? ''}:${item ?? ''}`, async () => {
          const rows = (await read(0, 100_000)).rows;
          if (format === 'csv') return toCsv(OPEN_DATA_COLUMNS, rows);
          return toXlsx(rows, openDataLicence(await createCaller(context).movement.get()));
        });
        if (format === 'csv')
          return reply
            .type('text/csv; charset=utf-8')
            .header('content-disposition', `attachment; filename="${name}.csv"`)
            .send(body);
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="${name}.xlsx"`)
          .send(body);
      } catch (e) {
        return sendProcedureError(reply, req, e);
      }
    }
    // JSON is paged for applications.
    const page = await read(q.data.offset, q.data.limit);
    return reply.send({
      licence: OPEN_DATA_LICENCE_ID,
      total: page.total,
      offset: page.offset,
      limit: page.limit,
      columns: OPEN_DATA_COLUMNS,
      rows: page.rows,
    });
  });
};
