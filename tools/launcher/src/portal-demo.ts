// The demo district portal: apps/widgets/demo/index.html, served on its own origin as a CMS would serve it, pointed
// at wherever this run's widgets host listens (the file names the default, http://localhost:4210).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from './remotes-manifest.js';
import { startStaticHost, type StaticHost } from './static-host.js';

export const DEFAULT_WIDGETS_ORIGIN = 'http://localhost:4210';
export const DEMO_PORTAL_DIR = join(WORKSPACE_ROOT, 'apps/widgets/demo');

export interface PortalDemo {
  host: StaticHost;
  /** Serves the page with its script and iframe taken from this origin (known only once the widgets host listens). */
  useWidgetsAt(origin: string): void;
}

export const startPortalDemo = async (port: number): Promise<PortalDemo> => {
  const overrides: Record<string, string> = {};
  const host = await startStaticHost({ root: DEMO_PORTAL_DIR, port, overrides });
  return {
    host,
    useWidgetsAt: (origin) => {
      overrides['/index.html'] = readFileSync(join(DEMO_PORTAL_DIR, 'index.html'), 'utf-8').replaceAll(
        DEFAULT_WIDGETS_ORIGIN,
        origin,
      );
    },
  };
};
