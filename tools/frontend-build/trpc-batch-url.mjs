// The address of a tRPC batch of queries (GET): the procedures joined by commas, each input under its position.
// The shell's early requests (apps/shell/src/early-requests.ts) and the page's preload link are both made by this one
// rule, so the browser can hand the preloaded answer to the request.
/** @param {ReadonlyArray<{ path: string, input?: unknown }>} calls */
export const trpcBatchUrl = (calls) => {
  const inputs = Object.fromEntries(calls.flatMap((c, i) => (c.input === undefined ? [] : [[i, c.input]])));
  return `/trpc/${calls.map((c) => c.path).join(',')}?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`;
};
