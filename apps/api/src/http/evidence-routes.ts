// Evidence files (minh chứng): editors upload a PDF, image, Word or Excel file; signed-in users download it.
// Files are stored by content hash, so the same file uploaded twice is stored once and a stored file never changes.
import { createReadStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { capabilitiesOf, signedInActor, type Capabilities } from '@thidua/api';
import type { Database } from '@thidua/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { refuseForeignOrigin } from './csrf.js';
import { storeEvidence, type EvidenceMeta } from './evidence-store.js';
import { refuseBeforeBody } from './upload-guard.js';
import { SESSION_COOKIE } from './session-cookie.js';

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

/** What may be uploaded, and the extension it is stored with. Anything else is refused (no HTML, no scripts). */
export const EVIDENCE_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

// Editors attach evidence to their data; the Culture office attaches the scan of a report received on paper.
const mayUploadEvidence = (can: Capabilities) => can.editOwnUnit || can.editOwnSector || can.reviewReports;

/** The first bytes each type must start with: a file is what it claims to be, not HTML renamed to .pdf. */
const MAGIC: Readonly<Record<string, readonly number[]>> = {
  pdf: [0x25, 0x50, 0x44, 0x46], // %PDF
  png: [0x89, 0x50, 0x4e, 0x47],
  jpg: [0xff, 0xd8, 0xff],
  xlsx: [0x50, 0x4b, 0x03, 0x04], // a zip
  docx: [0x50, 0x4b, 0x03, 0x04],
};
const looksLike = (body: Buffer, ext: string) => (MAGIC[ext] ?? []).every((byte, i) => body[i] === byte);

const fail = (reply: FastifyReply, status: number, code: string, vi: string, en: string) =>
  reply.code(status).send({ error: { code, message: `${vi} | ${en}` } });

export const registerEvidenceRoutes = async (
  app: FastifyInstance,
  database: Database,
  options: { dir: string; appOrigins: readonly string[] },
) => {
  await mkdir(options.dir, { recursive: true });
  // A session half-way through signing in (one-time password, second factor) is not signed in for files either.
  const actorOf = (req: FastifyRequest) => signedInActor(database.db, req.cookies[SESSION_COOKIE], new Date());

  await app.register(async (scope) => {
    const mayUpload = refuseBeforeBody(database, mayUploadEvidence);
    scope.addHook('onRequest', async (req, reply) =>
      req.method === 'POST' && refuseForeignOrigin(req, reply, options.appOrigins) ? reply : mayUpload(req, reply),
    );
    scope.addContentTypeParser(
      Object.keys(EVIDENCE_TYPES),
      { parseAs: 'buffer', bodyLimit: EVIDENCE_MAX_BYTES },
      (_req, body, done) => done(null, body),
    );

    scope.post('/api/evidence', async (req, reply) => {
      if (refuseForeignOrigin(req, reply, options.appOrigins)) return reply;
      const actor = await actorOf(req);
      if (!actor) return fail(reply, 401, 'UNAUTHORIZED', 'Vui lòng đăng nhập', 'Please sign in');
      if (!mayUploadEvidence(capabilitiesOf(actor.role)))
        return fail(
          reply,
          403,
          'FORBIDDEN',
          'Bạn không có quyền thực hiện thao tác này',
          'You are not allowed to do this',
        );
      const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      const ext = EVIDENCE_TYPES[type];
      const body = req.body;
      if (!ext || !Buffer.isBuffer(body))
        return fail(
          reply,
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          'Chỉ nhận tệp PDF, ảnh PNG/JPEG, Word (.docx) hoặc Excel (.xlsx)',
          'Only PDF, PNG/JPEG, Word (.docx) or Excel (.xlsx) files',
        );
      if (body.length === 0) return fail(reply, 400, 'BAD_REQUEST', 'Tệp rỗng', 'The file is empty');
      if (!looksLike(body, ext))
        return fail(
          reply,
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          'Nội dung tệp không khớp với loại tệp',
          'The file’s content does not match its type',
        );
      const rawName = String(req.headers['x-file-name'] ?? `minh-chung.${ext}`);
      let name: string;
      try {
        name = decodeURIComponent(rawName);
      } catch {
        name = `minh-chung.${ext}`;
      }
      name = name.replace(/[\\/\r\n"]/g, '_').slice(0, 200);
      // The download keeps the stored type's extension whatever the uploader called the file.
      if (!name.toLowerCase().endsWith(`.${ext}`)) name = `${name}.${ext}`;
      const { id } = await storeEvidence(options.dir, body, ext, { name, type, uploadedBy: actor.userId });
      req.log.info({ evidence: id, size: body.length, by: actor.userId }, 'evidence uploaded');
      return reply.code(201).send({ id, url: `/api/evidence/${id}`, name, size: body.length });
    });

    scope.get<{ Params: { id: string } }>('/api/evidence/:id', async (req, reply) => {
      const actor = await actorOf(req);
      if (!actor) return fail(reply, 401, 'UNAUTHORIZED', 'Vui lòng đăng nhập', 'Please sign in');
      if (!/^[0-9a-f]{40}\.(pdf|png|jpg|xlsx|docx)$/.test(req.params.id))
        return fail(reply, 404, 'NOT_FOUND', 'Không tìm thấy minh chứng', 'Evidence not found');
      const path = join(options.dir, req.params.id);
      const meta = await readFile(`${path}.json`, 'utf-8').then(
        (s) => JSON.parse(s) as EvidenceMeta,
        () => null,
      );
      if (!meta) return fail(reply, 404, 'NOT_FOUND', 'Không tìm thấy minh chứng', 'Evidence not found');
      return reply
        .header('content-type', meta.type)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(meta.name)}`)
        .header('cache-control', 'private, max-age=3600')
        .send(createReadStream(path));
    });
  });
};
