// Every route a server has, read from Fastify's route tree, so tests that must cover each route (the authorization
// matrix, the fuzz test, the OpenAPI document) fail when one is added without them.
import type { FastifyInstance } from 'fastify';

/**
 * "METHOD /path" for each route: each line of the tree is a node whose path continues its parent's ("└── /",
 * "├── api/public/", "│   └── * (OPTIONS)"); a node with methods in brackets is a route. HEAD, Fastify's automatic
 * twin of each GET (the same handler, no body), is left out: the GET covers it.
 */
export const serverRoutes = (app: FastifyInstance): string[] => {
  const stack: Array<{ depth: number; path: string }> = [];
  const routes: string[] = [];
  for (const line of app.printRoutes().split('\n')) {
    const m = /^([\s│├└─]*)(\S+)(?: \(([^)]*)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length;
    while (stack.length > 0 && stack.at(-1)!.depth >= depth) stack.pop();
    const path = `${stack.at(-1)?.path ?? ''}${m[2]}`;
    stack.push({ depth, path });
    for (const method of (m[3] ?? '').split(',').map((s) => s.trim()))
      if (method && method !== 'HEAD') routes.push(`${method} ${path}`);
  }
  return routes;
};
