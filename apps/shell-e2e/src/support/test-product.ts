// The product as a user gets it, on free ports and a fresh SQLite file seeded with the demo data.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startProduct, type Product, type ProductOptions } from '@thidua/launcher/product';

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

export interface TestProduct extends Product {
  dir: string;
  dispose(): Promise<void>;
}

export const startTestProduct = async (options: Omit<ProductOptions, 'apiPort' | 'shellPort'> = {}): Promise<TestProduct> => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-e2e-'));
  const names = ['health', 'education', 'agriculture', 'land', 'residents'];
  const remotePorts = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await freePort()] as const)));
  const product = await startProduct({
    ...options,
    env: { DATABASE_URL: `file:${join(dir, 'thidua.db')}`, LOG_LEVEL: 'warn', SEED_ON_FIRST_RUN: 'true', ...options.env },
    apiPort: await freePort(),
    shellPort: await freePort(),
    remotePorts: { ...remotePorts, ...options.remotePorts },
    widgetsPort: options.widgetsPort ?? (await freePort()),
    portalPort: options.portalPort ?? (await freePort()),
  });
  return {
    ...product,
    dir,
    dispose: async () => {
      await product.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
