// docs/architecture.md states how many procedures and routers the API has: this keeps the sentence true.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appRouter } from './root.js';

const doc = readFileSync(new URL('../../../docs/architecture.md', import.meta.url), 'utf8');

describe('the architecture page', () => {
  it('counts the procedures and routers the API has', () => {
    const procedures = Object.keys(appRouter._def.procedures);
    const routers = new Set(procedures.map((p) => p.split('.')[0]));
    expect(doc).toContain(`${procedures.length} procedures in ${routers.size} routers`);
  });
});
