// The product as a user gets it, on ports the system hands out (listen(0)) and a fresh SQLite file seeded with the
// demo data.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startProduct, type Product, type ProductOptions } from '@thidua/launcher/product';

/** A port nothing listens on, for a server that is down (connection refused). Never listened on afterwards: every
 * server of the tests takes its port with listen(0) and reads it back. */
export const unusedPort = (): Promise<number> =>
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

export const startTestProduct = async (
  options: Omit<ProductOptions, 'apiPort' | 'shellPort'> = {},
): Promise<TestProduct> => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-e2e-'));
  const names = ['health', 'education', 'agriculture', 'land', 'residents'];
  // Every server listens on port 0 and the product reads the ports back.
  const remotePorts = Object.fromEntries(names.map((n) => [n, 0] as const));
  const product = await startProduct({
    ...options,
    env: {
      DATABASE_URL: `file:${join(dir, 'thidua.db')}`,
      LOG_LEVEL: 'warn',
      SEED_ON_FIRST_RUN: 'true',
      ...options.env,
    },
    apiPort: 0,
    shellPort: 0,
    remotePorts: { ...remotePorts, ...options.remotePorts },
    widgetsPort: options.widgetsPort ?? 0,
    portalPort: options.portalPort ?? 0,
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
