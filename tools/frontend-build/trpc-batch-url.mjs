// The address of a tRPC batch of queries (GET): the procedures joined by commas, each input under its position.
// The shell's early requests (apps/shell/src/early-requests.ts) and the page's preload link are both made by this one
// rule, so the browser can hand the preloaded answer to the request.
/** @param {ReadonlyArray<{ path: string, input?: unknown }>} calls */
export const trpcBatchUrl = (calls) => {
  // The API takes at most 10 calls a batch (MAX_BATCH_SIZE): a longer list would be refused, preloaded for nothing.
  if (calls.length > 10) throw new Error(`trpcBatchUrl: ${calls.length} calls, at most 10 in one batch`);
  const inputs = Object.fromEntries(calls.flatMap((c, i) => (c.input === undefined ? [] : [[i, c.input]])));
  return `/trpc/${calls.map((c) => c.path).join(',')}?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`;
};
