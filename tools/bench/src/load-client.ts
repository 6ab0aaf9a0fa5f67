// The load generator of the API benchmarks, run in a process of its own: in the server's process it would take CPU
// from the event loop it measures and add its own waits to every latency. Reads a job from the parent, answers the
// autocannon result.
import autocannon from 'autocannon';

export interface LoadJob {
  url: string;
  connections: number;
  seconds: number;
  timeoutSeconds: number;
  /** POST bodies with their cookies, sent in turn; a GET of `url` when absent. */
  posts?: { path: string; bodies: { cookie: string; body: string }[] };
  /** GETs as many readers behind a proxy (X-Forwarded-For), as the public reads a portal: one address is limited. */
  manyAddresses?: boolean;
}

process.once('message', async (job: LoadJob) => {
  let next = 0;
  const result = await autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.seconds,
    timeout: job.timeoutSeconds,
    ...(job.posts
      ? {
          requests: [
            {
              method: 'POST',
              path: job.posts.path,
              setupRequest: (req) => {
                const b = job.posts!.bodies[next++ % job.posts!.bodies.length]!;
                return { ...req, headers: { 'content-type': 'application/json', cookie: b.cookie }, body: b.body };
              },
            },
          ],
        }
      : job.manyAddresses
        ? {
            requests: [
              {
                method: 'GET',
                setupRequest: (req) => ({
                  ...req,
                  headers: {
                    ...req.headers,
                    'x-forwarded-for': `10.${(next >> 16) & 255}.${(next >> 8) & 255}.${next++ & 255}`,
                  },
                }),
              },
            ],
          }
        : {}),
  });
  process.send!(result, () => process.exit(0));
});
