// The whole product on one machine: the API, the shell (proxying /trpc and /api to it), each sector module on its
// own origin, the portal widgets (proxying the public API) and a demo portal on yet another origin, as they are
// deployed. Used by `pnpm start` and by the browser tests.
import { readEnv } from '@thidua/api-server/env';
import { startApi, type RunningApi } from '@thidua/api-server/start';
import { appDist, readRemotes, remotesAt, type RemoteEntry } from './remotes-manifest.js';
import { startPortalDemo } from './portal-demo.js';
import { shellCsp, startStaticHost, widgetsCsp, type StaticHost } from './static-host.js';

export interface ProductOptions {
  /** Environment of the API (DATABASE_URL, LOG_LEVEL…); PORT and APP_ORIGINS are set here. */
  env?: Record<string, string | undefined>;
  /** 0 = any free port, read back once listening (tests); by default 3000 and 4200. */
  apiPort?: number;
  shellPort?: number;
  /** Port of each remote by name; by default the port of its URL in remotes.json (0 = any free port). */
  remotePorts?: Readonly<Record<string, number>>;
  /** Remotes not to start (their URL stays in the manifest: the shell must cope with them being down). */
  skipRemotes?: readonly string[];
  /** Replace a remote's URL in the shell's manifest, e.g. with a server that answers 503 or hangs. */
  remoteUrls?: Readonly<Record<string, string>>;
  /** The widgets' host (default 4210) and the demo portal (default 4290); 0 = any free port. */
  widgetsPort?: number;
  portalPort?: number;
}

export interface Product {
  api: RunningApi;
  shell: StaticHost;
  remotes: Map<string, StaticHost>;
  manifest: { remotes: RemoteEntry[] };
  widgets: StaticHost;
  portal: StaticHost;
  /** Origins allowed to embed the widgets and read the public API (PORTAL_ORIGINS). */
  portalOrigins: string[];
  close(): Promise<void>;
}

const portOf = (entry: string) => Number(new URL(entry).port);

export const startProduct = async (options: ProductOptions = {}): Promise<Product> => {
  const declared = readRemotes();
  const remotes = new Map<string, StaticHost>();
  for (const r of declared) {
    if (options.skipRemotes?.includes(r.name)) continue;
    remotes.set(
      r.name,
      await startStaticHost({
        root: appDist(r.name),
        port: options.remotePorts?.[r.name] ?? portOf(r.entry),
        cors: true,
      }),
    );
  }
  const baseOf = (r: RemoteEntry) =>
    options.remoteUrls?.[r.name] ?? remotes.get(r.name)?.url ?? new URL(r.entry).origin;
  const manifest = remotesAt(declared, baseOf);
  const portal = await startPortalDemo(options.portalPort ?? 4290);
  const configured = readEnv({ ...options.env }).PORTAL_ORIGINS;
  // Out of the box the demo portal may embed the widgets; a configured PORTAL_ORIGINS is used as given.
  const portalOrigins = configured.length > 0 ? configured : [portal.host.url];
  // The shell listens first (any port with 0): the API must know its origin (APP_ORIGINS), and the shell's proxy learns
  // the API's address once it listens. Nothing is requested before startProduct returns.
  const shellProxy = { target: 'http://127.0.0.1:9', prefixes: ['/trpc', '/api', '/healthz'] };
  const widgetsProxy = { target: 'http://127.0.0.1:9', prefixes: ['/api/public'] };
  const shell = await startStaticHost({
    root: appDist('shell'),
    port: options.shellPort ?? 4200,
    spa: true,
    proxy: shellProxy,
    overrides: { '/remotes.json': JSON.stringify(manifest) },
    csp: shellCsp(manifest.remotes.map((r) => new URL(r.entry).origin)),
  });
  const widgets = await startStaticHost({
    root: appDist('widgets'),
    port: options.widgetsPort ?? 4210,
    cors: true,
    proxy: widgetsProxy,
    csp: widgetsCsp(portalOrigins),
  });
  const api = await startApi(
    readEnv({
      ...options.env,
      PORT: String(options.apiPort ?? 3000),
      APP_ORIGINS: shell.url,
      PORTAL_ORIGINS: portalOrigins.join(','),
    }),
  );
  shellProxy.target = api.url;
  widgetsProxy.target = api.url;
  portal.useWidgetsAt(widgets.url);
  return {
    api,
    shell,
    widgets,
    portal: portal.host,
    portalOrigins,
    remotes,
    manifest,
    close: async () => {
      await shell.close();
      await widgets.close();
      await portal.host.close();
      await Promise.all([...remotes.values()].map((r) => r.close()));
      await api.close();
    },
  };
};
