// The deadline test's clients, in a process of their own so their CPU and waits are not the server's: saves on most
// connections, public reads on the rest (many readers' addresses behind the trusted proxy). Every save answered 200 is reported back, in the order answered, with the
// exact values it sent, so the test can find each one (the last for its unit and year) in the database.
import autocannon from 'autocannon';

process.once(
  'message',
  async ({ url, saveConnections, readConnections, seconds, timeoutSeconds, units, years, cookies, readPath }) => {
    const answered = [];
    let sent = 0;
    const saving = autocannon({
      url,
      connections: saveConnections,
      duration: seconds,
      timeout: timeoutSeconds,
      requests: [
        {
          method: 'POST',
          path: '/trpc/reports.saveDraft',
          // One request in flight per connection: its context remembers what it sent until the answer comes.
          setupRequest: (req, context) => {
            const i = sent++;
            // Unit by unit, then year by year through the movement's reporting years; a fast machine wraps around and
            // edits the drafts it made, with the version its previous round left (a draft starts at version 1).
            const unit = i % units.length;
            const year = years[Math.floor(i / units.length) % years.length];
            const round = Math.floor(i / (units.length * years.length));
            const save = { i, unitId: units[unit], year, digital: i % 3 !== 0, initiatives: i % 7 };
            context.save = save;
            const values = [
              { key: 'C-ENT-DIGITAL', bool: save.digital },
              { key: 'C-COL-INITIATIVE', number: save.initiatives },
            ];
            const body = { unitId: save.unitId, year: save.year, ...(round > 0 ? { version: round } : {}), values };
            return {
              ...req,
              headers: { 'content-type': 'application/json', cookie: cookies[unit] },
              body: JSON.stringify(body),
            };
          },
          onResponse: (status, _body, context) => {
            if (status === 200) answered.push(context.save);
          },
        },
      ],
    });
    // The public reading at the deadline is many citizens, each from an address of their own, through the proxy.
    let readsSent = 0;
    const reading = autocannon({
      url,
      connections: readConnections,
      duration: seconds,
      timeout: timeoutSeconds,
      requests: [
        {
          method: 'GET',
          path: readPath,
          setupRequest: (req) => ({
            ...req,
            headers: {
              ...req.headers,
              'x-forwarded-for': `10.${(readsSent >> 16) & 255}.${(readsSent >> 8) & 255}.${readsSent++ & 255}`,
            },
          }),
        },
      ],
    });
    const [saves, reads] = await Promise.all([saving, reading]);
    const summary = (r) => ({
      total: r.requests.total,
      perSecond: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      max: r.latency.max,
      errors: r.errors,
      timeouts: r.timeouts,
      non2xx: r.non2xx,
      statuses: Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([k, v]) => [k, v.count])),
    });
    process.send({ saves: summary(saves), reads: summary(reads), sent, answered }, () => process.exit(0));
  },
);
