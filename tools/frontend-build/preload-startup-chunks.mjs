// The shell's first screen needs the chunks behind its async boundary (main.ts imports bootstrap) and the shared
// modules those chunks consume; the browser learns of them only once main.js has run. Preload links in the page start
// them together with main.js: on a commune's link (half a second a round trip) that is one round trip less. The
// first API calls the page's code makes can be preloaded the same way.
const NAME = 'PreloadStartupChunks';

/** The module a "consume shared module" falls back to, as written in its identifier. */
const fallbackOf = (identifier) => /\(fallback: (.+)\)$/.exec(identifier)?.[1];
/** The module a "provide shared module" offers, as written in its identifier. */
const providedOf = (identifier) => /^provide shared module \(\w+\) \S+ = (.+)$/.exec(identifier)?.[1];

/** Every file of the chunk group `groupName`, and of the chunks the shell provides for the shared modules it consumes
 * (transitively): what the browser loads for the first screen. A consumed module's fallback copy is never loaded while
 * the shell provides it, so only the provided chunks are listed. */
export const startupFiles = (compilation, groupName) => {
  const group = compilation.namedChunkGroups.get(groupName);
  if (!group)
    throw new Error(`${NAME}: no chunk group named "${groupName}" (main.ts must name its import of bootstrap)`);
  const { chunkGraph } = compilation;
  const provided = new Map();
  for (const g of compilation.chunkGroups) {
    for (const origin of g.origins ?? []) {
      const resource = origin.module && providedOf(origin.module.identifier());
      if (resource) provided.set(resource, [...g.chunks]);
    }
  }
  const files = new Set();
  const seen = new Set();
  const visit = (chunk) => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    for (const file of chunk.files) files.add(file);
    for (const module of chunkGraph.getChunkModules(chunk)) {
      const fallback = fallbackOf(module.identifier());
      for (const next of (fallback && provided.get(fallback)) || []) visit(next);
    }
  };
  for (const chunk of group.chunks) visit(chunk);
  return [...files].filter((f) => f.endsWith('.js') || f.endsWith('.css')).sort();
};

export class PreloadStartupChunks {
  /** `fetches`: same-origin addresses the page's code will fetch at once (with credentials 'same-origin').
   * @param {{ group: string, fetches?: readonly string[], html: { getCompilationHooks: (c: unknown) => { alterAssetTagGroups: { tapPromise: Function } } } }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      this.options.html.getCompilationHooks(compilation).alterAssetTagGroups.tapPromise(NAME, async (data) => {
        const base =
          compilation.outputOptions.publicPath === 'auto' ? '' : String(compilation.outputOptions.publicPath ?? '');
        const links = startupFiles(compilation, this.options.group).map((file) => ({
          tagName: 'link',
          voidTag: true,
          attributes: { rel: 'preload', href: `${base}${file}`, as: file.endsWith('.css') ? 'style' : 'script' },
        }));
        // crossorigin (anonymous) is what a same-origin fetch() sends: the browser hands it the preloaded answer.
        const fetches = (this.options.fetches ?? []).map((href) => ({
          tagName: 'link',
          voidTag: true,
          attributes: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' },
        }));
        data.headTags.push(...fetches, ...links);
        return data;
      });
    });
  }
}
