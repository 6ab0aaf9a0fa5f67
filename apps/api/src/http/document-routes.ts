// Documents as PDF for signed-in users who may see them (the procedures decide), and the public check of a document's
// verification code. Producing a document registers its code, so it is a POST from the app's own pages; a GET only
// says so. The page prints where to check it: this server's public address.
import { appRouter, createCallerFactory } from '@thidua/api';
import type { Database } from '@thidua/db';
import {
  renderAwardDecision,
  renderCertificate,
  renderReviewReport,
  renderUnitYearReport,
  type Verification,
} from '@thidua/documents';
import { TRPCError } from '@trpc/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { refuseForeignOrigin } from './csrf.js';
import { sendProcedureError } from './procedure-error.js';
import { BAD_YEAR, reportYearOf as yearOf } from './report-year.js';
import { verificationPage } from './verification-page.js';
import { publicContext, requestContext } from './request-context.js';

const createCaller = createCallerFactory(appRouter);

/** Where a reader checks a code: PUBLIC_URL when set, else the address this request came to. */
const verifyUrl = (req: FastifyRequest, publicUrl: string | undefined, code: string) =>
  `${publicUrl ?? `${req.protocol}://${req.host}`}/api/public/documents/${code}`;

const fileName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/^-|-$/g, '');

const sendPdf = (reply: FastifyReply, name: string, pdf: Buffer) =>
  reply
    .type('application/pdf')
    .header(
      'content-disposition',
      `attachment; filename="${fileName(name)}.pdf"; filename*=UTF-8''${encodeURIComponent(name)}.pdf`,
    )
    .header('cache-control', 'private, no-store')
    .send(pdf);

/** Where each document is produced (POST). */
const DOCUMENT_PATHS = {
  awardDecision: '/api/documents/award-decision/:id',
  certificate: '/api/documents/certificate/:id',
  reviewReport: '/api/documents/review-report/:id',
  unitYearReport: '/api/documents/unit-year-report/:unitId/:year',
  districtYearReport: '/api/documents/district-year-report/:year',
} as const;

/** A GET (a link, a prefetch, a crawler) never issues a document. */
const refuseGet = (reply: FastifyReply) =>
  reply
    .code(405)
    .header('allow', 'POST')
    .send({
      error: {
        code: 'METHOD_NOT_SUPPORTED',
        message:
          'Tạo văn bản bằng nút "Tải PDF" trong ứng dụng (POST) | Produce the document with the app\'s download button (POST)',
      },
    });

export const registerDocumentRoutes = (
  app: FastifyInstance,
  database: Database,
  options: { publicUrl: string | undefined; appOrigins: readonly string[] },
): void => {
  const produce = async (
    req: FastifyRequest,
    reply: FastifyReply,
    make: (
      caller: ReturnType<typeof createCaller>,
      verification: (code: string) => Verification,
    ) => Promise<{ name: string; pdf: Buffer }>,
  ) => {
    // Another site must not make a signed-in user's browser record documents: the app's own origins only.
    if (refuseForeignOrigin(req, reply, options.appOrigins)) return reply;
    try {
      const caller = createCaller(await requestContext(database, req, reply));
      const { name, pdf } = await make(caller, (code) => ({
        code,
        url: verifyUrl(req, options.publicUrl, code),
        demo: req.server.demo,
      }));
      return sendPdf(reply, name, pdf);
    } catch (e) {
      return sendProcedureError(reply, req, e);
    }
  };

  app.post<{ Params: { id: string } }>(DOCUMENT_PATHS.awardDecision, (req, reply) =>
    produce(req, reply, async (caller, verification) => {
      const { code, model } = await caller.documents.awardDecision({ decisionId: req.params.id });
      return {
        name: `Quyet-dinh-${model.letterhead.number.replace(/^Số:\s*/, '')}`,
        pdf: await renderAwardDecision(model, verification(code)),
      };
    }),
  );

  app.post<{ Params: { id: string } }>(DOCUMENT_PATHS.certificate, (req, reply) =>
    produce(req, reply, async (caller, verification) => {
      const { code, model } = await caller.documents.certificate({ nominationId: req.params.id });
      return {
        name: `Giay-khen-${model.registerEntry}-${model.awardee.name}`,
        pdf: await renderCertificate(model, verification(code)),
      };
    }),
  );

  app.post<{ Params: { id: string } }>(DOCUMENT_PATHS.reviewReport, (req, reply) => {
    const reviewId = req.params.id;
    return produce(req, reply, async (caller, verification) => {
      const { code, model } = await caller.documents.reviewReport({ reviewId });
      return { name: `Bao-cao-${reviewId}`, pdf: await renderReviewReport(model, verification(code)) };
    });
  });

  app.post<{ Params: { unitId: string; year: string } }>(DOCUMENT_PATHS.unitYearReport, (req, reply) => {
    const year = yearOf(req.params.year);
    if (year === null) return reply.code(400).send(BAD_YEAR);
    return produce(req, reply, async (caller, verification) => {
      const { code, model } = await caller.documents.unitYearReport({ unitId: req.params.unitId, year });
      return { name: `Bao-cao-nam-${year}-${model.unit}`, pdf: await renderUnitYearReport(model, verification(code)) };
    });
  });

  app.post<{ Params: { year: string } }>(DOCUMENT_PATHS.districtYearReport, (req, reply) => {
    const year = yearOf(req.params.year);
    if (year === null) return reply.code(400).send(BAD_YEAR);
    return produce(req, reply, async (caller, verification) => {
      const { code, model } = await caller.documents.districtYearReport({ year });
      return { name: `Bao-cao-toan-huyen-nam-${year}`, pdf: await renderReviewReport(model, verification(code)) };
    });
  });

  for (const path of Object.values(DOCUMENT_PATHS)) app.get(path, (_req, reply) => refuseGet(reply));

  app.get<{ Params: { code: string } }>('/api/public/documents/:code', async (req, reply) => {
    // A phone that scanned the QR code on a printed page asks for HTML: it gets a page a person can read.
    const asPage = /text\/html/.test(req.headers.accept ?? '');
    void reply.header('vary', 'Accept');
    try {
      const result = await createCaller(publicContext(database, req)).documents.verify({ code: req.params.code });
      if (asPage)
        return reply
          .code(result.valid ? 200 : 404)
          .type('text/html; charset=utf-8')
          .send(verificationPage(result));
      return reply.code(result.valid ? 200 : 404).send(result);
    } catch (e) {
      if (e instanceof TRPCError && e.code === 'BAD_REQUEST') {
        if (asPage)
          return reply
            .code(400)
            .type('text/html; charset=utf-8')
            .send(verificationPage({ valid: false, code: req.params.code.slice(0, 40) }));
        return reply.code(400).send({
          valid: false,
          error: {
            code: 'BAD_REQUEST',
            message: 'Mã xác minh có dạng XXXXX-XXXXX | A verification code looks like XXXXX-XXXXX',
          },
        });
      }
      return sendProcedureError(reply, req, e);
    }
  });
};
