// The OpenAPI description of the public read-only API, served at /api/openapi.json.
import { OPEN_DATA_COLUMNS } from '@thidua/api';
import { PING } from '../http/portal-cors.js';
import { OPEN_DATA_DICTIONARY } from './open-data-dictionary.js';
import { LEADERBOARD_COLUMNS } from './public-routes.js';

const ERROR = { $ref: '#/components/schemas/Error' } as const;

/** The `year` query parameter: four digits; whether the movement reports in it is the procedure's answer. */
const yearParameter = ({
  required,
  description = 'một năm báo cáo của phong trào (xem /api/public/timeline) / a reporting year of the movement',
}: {
  required: boolean;
  description?: string;
}) => ({
  name: 'year',
  in: 'query',
  ...(required ? { required: true } : {}),
  schema: { type: 'integer', minimum: 1000, maximum: 9999, description },
});

/** A JSON page of rows: what the answer says of itself, then how many rows in all, where the page starts, its size. */
const pageSchema = (about: Record<string, object>, rowProperties: Record<string, object>) => ({
  type: 'object',
  properties: {
    ...about,
    total: { type: 'integer' },
    offset: { type: 'integer' },
    limit: { type: 'integer' },
    rows: { type: 'array', items: { type: 'object', properties: rowProperties } },
  },
});

const document = {
  openapi: '3.1.0',
  info: {
    title: 'thidua: public API of the running emulation movement',
    version: '1.0.0',
    description:
      'Read-only, approved aggregates only; no personal data. Texts in Vietnamese with English. Licence of the data: CC BY 4.0. Browsers may call it from the portal origins configured in PORTAL_ORIGINS (CORS); other origins get 403. Every call counts against one limit per client address (429 with Retry-After beyond it).',
    license: { name: 'CC BY 4.0', identifier: 'CC-BY-4.0' },
  },
  // Public by design: no operation asks for credentials (the session cookie is for /trpc only).
  security: [],
  paths: {
    '/api/public/leaderboard': {
      get: {
        operationId: 'getLeaderboard',
        summary: 'Bảng xếp hạng theo loại đối tượng / Leaderboard per participant kind',
        parameters: [
          yearParameter({ required: true }),
          {
            name: 'kind',
            in: 'query',
            required: true,
            schema: { type: 'string', enum: ['department', 'commune', 'enterprise'] },
          },
          { name: 'format', in: 'query', schema: { type: 'string', enum: ['json', 'csv'], default: 'json' } },
          {
            name: 'offset',
            in: 'query',
            schema: { type: 'integer', minimum: 0, default: 0 },
            description: 'JSON only; CSV exports the whole board',
          },
          {
            name: 'limit',
            in: 'query',
            schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
            description: 'JSON only',
          },
        ],
        responses: {
          200: {
            description: 'Ranked units, computed from approved reports only',
            content: {
              'application/json': {
                schema: pageSchema(
                  { year: { type: 'integer' }, kind: { type: 'string' } },
                  Object.fromEntries(LEADERBOARD_COLUMNS.map((c) => [c, {}])),
                ),
              },
              'text/csv': { schema: { type: 'string', description: `Columns: ${LEADERBOARD_COLUMNS.join(', ')}` } },
            },
          },
          400: { description: 'Invalid parameters', content: { 'application/json': { schema: ERROR } } },
        },
      },
    },
    '/api/public/deadlines': {
      get: {
        operationId: 'getDeadlines',
        summary: 'Tình hình nộp báo cáo năm (D-ANNUAL-REPORT) / Yearly reporting on time, late, missing',
        parameters: [yearParameter({ required: true })],
        responses: {
          200: { description: 'Counts and the status of each unit' },
          400: { description: 'Invalid year', content: { 'application/json': { schema: ERROR } } },
        },
      },
    },
    '/api/public/targets': {
      get: {
        operationId: 'getTargets',
        summary: 'Tiến độ các chỉ tiêu của phong trào, từ số liệu đã duyệt / Target progress from approved values',
        parameters: [
          yearParameter({
            required: false,
            description:
              "mặc định: năm báo cáo hiện tại của phong trào / default: the movement's current reporting year",
          }),
        ],
        responses: { 200: { description: 'One entry per target with status and progress' } },
      },
    },
    '/api/public/timeline': {
      get: {
        operationId: 'getTimeline',
        summary: 'Giai đoạn hiện tại và các hạn sắp tới / Current phase and next deadlines',
        responses: { 200: { description: 'Timeline snapshot' } },
      },
    },
    '/api/public/calendar': {
      get: {
        operationId: 'getCalendar',
        summary:
          "Các năm báo cáo, năm hiện tại và các đợt xét của phong trào / The movement's reporting years, current year and reviews",
        responses: {
          200: {
            description:
              '{ movementId, name, reportingYears (latest first), defaultYear, reviews: [{ id, label, year, start, end }] }',
          },
        },
      },
    },
    '/api/public/awards': {
      get: {
        operationId: 'getAwards',
        summary: 'Kết quả khen thưởng đã quyết định của đợt sơ kết/tổng kết / Award results of a review, as decided',
        parameters: [
          {
            name: 'review',
            in: 'query',
            required: true,
            schema: {
              type: 'string',
              pattern: '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$',
              description:
                'mã đợt xét của phong trào (xem /api/public/calendar) / a review id of the movement (see /api/public/calendar)',
            },
          },
        ],
        responses: {
          200: { description: 'Signed decisions, each awardee (name and unit, no contact data) and the quota used' },
          400: { description: 'Malformed review id', content: { 'application/json': { schema: ERROR } } },
          404: { description: 'The movement has no such review', content: { 'application/json': { schema: ERROR } } },
        },
      },
    },
    '/api/public/nominees': {
      get: {
        operationId: 'listNominees',
        summary: 'Đề nghị khen thưởng đang lấy ý kiến nhân dân / Nominees open for public comment now',
        parameters: [
          {
            name: 'review',
            in: 'query',
            schema: {
              type: 'string',
              pattern: '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$',
              description:
                'một đợt xét; bỏ trống: mọi đợt đang lấy ý kiến / one review; omitted: every review taking comments',
            },
          },
        ],
        responses: {
          200: {
            description:
              'Each nominee: name, unit, achievements, award class, comments until; the number of comments and of hidden comments (never their authors or contacts)',
          },
          400: { description: 'Malformed review id', content: { 'application/json': { schema: ERROR } } },
        },
      },
    },
    '/api/public/nominees/{id}/comments': {
      post: {
        operationId: 'commentOnNominee',
        summary: 'Góp ý về một đề nghị trong thời gian lấy ý kiến / Comment on a nominee during the window',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['authorName', 'contact', 'body'],
                properties: {
                  authorName: { type: 'string', minLength: 2, maxLength: 100 },
                  contact: {
                    type: 'string',
                    minLength: 6,
                    maxLength: 200,
                    description: 'phone or e-mail for Home Affairs; never published',
                  },
                  body: { type: 'string', minLength: 10, maxLength: 2000 },
                },
              },
            },
          },
        },
        responses: {
          201: { description: 'Received' },
          400: {
            description: 'A field is missing or too long (the message names it)',
            content: { 'application/json': { schema: ERROR } },
          },
          412: { description: 'Not open for comments' },
          429: { description: 'Too many comments from this network address this hour' },
        },
      },
    },
    '/api/public/ping': {
      get: {
        operationId: 'ping',
        summary: 'Máy chủ có hoạt động không (không có dữ liệu) / Is the server up (no data); any origin',
        responses: { 204: { description: 'Up' } },
      },
    },
    '/api/public/documents/{code}': {
      get: {
        operationId: 'verifyDocument',
        summary:
          'Kiểm tra mã xác minh của văn bản (quyết định, giấy khen, báo cáo) / Check a document’s verification code',
        parameters: [
          {
            name: 'code',
            in: 'path',
            required: true,
            schema: { type: 'string', pattern: '^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$' },
          },
        ],
        responses: {
          200: { description: 'A genuine document: kind, title, reference (decision number or review), subject, date' },
          404: { description: 'No document with this code' },
          400: { description: 'Not a code', content: { 'application/json': { schema: ERROR } } },
        },
      },
    },
    '/api/public/initiatives': {
      get: {
        operationId: 'listInitiatives',
        summary: 'Mô hình hay, cách làm sáng tạo đã được công nhận / Recognised initiatives and good practices',
        parameters: [
          {
            name: 'search',
            in: 'query',
            schema: { type: 'string', maxLength: 100 },
            description: 'Words in the title or summary',
          },
          { name: 'sector', in: 'query', schema: { type: 'string', pattern: '^S-[A-Z-]+$' } },
        ],
        responses: {
          200: {
            description:
              'Recognised initiatives (newest first): title, summary, unit, author, sector, where replicated, evidence link, and the district media centre’s presentation (featureTitle, featureText) when written',
          },
          400: { description: 'Invalid parameters', content: { 'application/json': { schema: ERROR } } },
        },
      },
    },
    '/api/public/units': {
      get: {
        operationId: 'listUnits',
        summary: 'Đơn vị (không có dữ liệu cá nhân) / Org units (no personal data)',
        responses: { 200: { description: 'Org units' } },
      },
    },
    '/api/public/open-data': {
      get: {
        operationId: 'describeOpenData',
        summary: 'Mô tả bộ dữ liệu mở, từ điển dữ liệu, giấy phép / Open dataset description, data dictionary, licence',
        responses: {
          200: {
            description:
              'Title, publisher, licence (CC BY 4.0), the columns with their meaning in Vietnamese and English',
          },
        },
      },
    },
    '/api/public/open-data/values': {
      get: {
        operationId: 'getOpenDataValues',
        summary:
          'Số liệu đã duyệt theo năm, đơn vị, tiêu chí/chỉ số / Approved values per year, unit and criterion or indicator',
        parameters: [
          yearParameter({ required: false }),
          { name: 'unit', in: 'query', schema: { type: 'string' }, description: 'Unit ID, e.g. U-LAM-SON' },
          {
            name: 'item',
            in: 'query',
            schema: { type: 'string', pattern: '^[CI]-[A-Z0-9-]+$' },
            description: 'Criterion (C-…) or sector indicator (I-…) ID',
          },
          { name: 'format', in: 'query', schema: { type: 'string', enum: ['json', 'csv', 'xlsx'], default: 'json' } },
          {
            name: 'offset',
            in: 'query',
            schema: { type: 'integer', minimum: 0, default: 0 },
            description: 'JSON only; CSV and Excel export the whole selection',
          },
          {
            name: 'limit',
            in: 'query',
            schema: { type: 'integer', minimum: 1, maximum: 1000, default: 500 },
            description: 'JSON only',
          },
        ],
        responses: {
          200: {
            description: 'Rows sorted by year, unit_id, item_id; approved values only',
            content: {
              'application/json': {
                schema: pageSchema(
                  { licence: { type: 'string' } },
                  Object.fromEntries(
                    OPEN_DATA_COLUMNS.map((c) => [
                      c,
                      { type: OPEN_DATA_DICTIONARY[c].type, description: OPEN_DATA_DICTIONARY[c].en },
                    ]),
                  ),
                ),
              },
              'text/csv': {
                schema: { type: 'string', description: `UTF-8 with BOM; columns: ${OPEN_DATA_COLUMNS.join(', ')}` },
              },
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
                schema: {
                  type: 'string',
                  format: 'binary',
                  description: 'Sheets du_lieu (the rows) and tu_dien (the dictionary and licence)',
                },
              },
            },
          },
          400: { description: 'Invalid parameters', content: { 'application/json': { schema: ERROR } } },
        },
      },
    },
  },
  components: {
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            properties: { code: { type: 'string' }, message: { type: 'string', description: 'Vietnamese | English' } },
          },
        },
      },
    },
    responses: {
      TooManyRequests: {
        description: 'Quá nhiều yêu cầu từ địa chỉ này / Too many requests from this address',
        headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer', minimum: 1 } } },
        content: { 'application/json': { schema: ERROR } },
      },
      OriginRefused: {
        description: 'A browser call from an origin not in PORTAL_ORIGINS',
        content: { 'application/json': { schema: ERROR } },
      },
    },
  },
} as const;

/** Answers every public operation may give, whatever it reads: the portal origins (not the ping) and the per-address limit. */
const commonResponses = (path: string) => ({
  ...(path === PING ? {} : { 403: { $ref: '#/components/responses/OriginRefused' } }),
  429: { $ref: '#/components/responses/TooManyRequests' },
});

const withCommonResponses = <P extends Record<string, Record<string, { responses: object }>>>(paths: P): P =>
  Object.fromEntries(
    Object.entries(paths).map(([path, operations]) => [
      path,
      Object.fromEntries(
        Object.entries(operations).map(([method, op]) => [
          method,
          { ...op, responses: { ...op.responses, ...commonResponses(path) } },
        ]),
      ),
    ]),
  ) as P;

/** The document as served: `servers` is this installation's public address when set, else where it is served from. */
export const openApiDocumentFor = (publicUrl?: string) => ({
  ...document,
  servers: [{ url: publicUrl ?? '/', description: 'Máy chủ của đơn vị / This installation' }],
  paths: withCommonResponses(document.paths),
});

export const openApiDocument = openApiDocumentFor();
