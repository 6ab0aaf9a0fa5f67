// A long import tells the browser how far it got: when the request accepts application/x-ndjson the answer is a
// stream of progress lines ending with the result (its status and body); otherwise the usual single JSON answer.
import { PassThrough } from 'node:stream';
import type { ImportPhase } from '@thidua/api';
import type { FastifyReply, FastifyRequest } from 'fastify';

const NDJSON = 'application/x-ndjson';
/** A line at most this often while saving: enough for a smooth bar, not a flood. */
const EVERY_MS = 200;

export interface ImportProgress {
  phase(phase: ImportPhase, done?: number, total?: number): void;
  finish(status: number, body: unknown): FastifyReply;
}

export const importProgress = (req: FastifyRequest, reply: FastifyReply): ImportProgress => {
  if (!(req.headers.accept ?? '').includes(NDJSON))
    return { phase: () => undefined, finish: (status, body) => reply.code(status).send(body) };
  const stream = new PassThrough();
  let started = false;
  let last = 0;
  const line = (data: object) => stream.write(`${JSON.stringify(data)}\n`);
  return {
    phase: (phase, done, total) => {
      if (!started) {
        started = true;
        // Proxies must pass each line on as it comes (nginx buffers otherwise).
        void reply
          .code(200)
          .type(`${NDJSON}; charset=utf-8`)
          .header('cache-control', 'no-store')
          .header('x-accel-buffering', 'no')
          .send(stream);
      }
      const now = Date.now();
      if ((phase === 'saving' || phase === 'preparing') && done !== total && now - last < EVERY_MS) return;
      last = now;
      line({
        type: 'progress',
        phase,
        ...(done === undefined ? {} : { done }),
        ...(total === undefined ? {} : { total }),
      });
    },
    finish: (status, body) => {
      if (!started) return reply.code(status).send(body);
      stream.end(`${JSON.stringify({ type: 'result', status, body })}\n`);
      return reply;
    },
  };
};
