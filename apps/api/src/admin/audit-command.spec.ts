// An inspector's check of an exported audit log, offline: the export from the API proves itself with the office's
// key; an entry edited in the file (hashes recomputed or not), or checked with another key, does not.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditKeyOf, writeCheckpoint } from '@thidua/api';
import { createHarness, type Harness } from '@thidua/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAuditCommand } from './audit-command.js';

const KEY = Buffer.alloc(32, 6).toString('base64');
const dir = mkdtempSync(join(tmpdir(), 'thidua-audit-'));

describe('thidua audit verify <export>', () => {
  let h: Harness;
  let exported: { entries: Array<{ data: string }>; checkpoints: unknown[] };
  beforeAll(async () => {
    h = await createHarness('sqlite');
    await (
      await h.as('xa.lamson')
    ).reports.saveDraft({ unitId: 'U-LAM-SON', year: 2024, values: [{ key: 'C-COMM-DOSSIERS', number: 70 }] });
    await writeCheckpoint(h.t.db, auditKeyOf(KEY), new Date());
    exported = JSON.parse(JSON.stringify(await (await h.as('quantri')).audit.export()));
  });
  afterAll(async () => {
    await h?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });
  const fileOf = (content: unknown) => {
    const path = join(dir, `${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(path, JSON.stringify(content));
    return path;
  };

  it('says the exported log proves itself, with its entries and signed checkpoints, and exits 0', async () => {
    const out = await runAuditCommand(['verify', fileOf(exported)], { AUDIT_KEY: KEY });
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toContain('Nhật ký toàn vẹn');
    expect(JSON.parse(out.stdout.split('\n')[1]!)).toMatchObject({ ok: true, checkpoints: 1 });
  });

  it('exits 1 naming the entry when one was edited in the file, and when checked with another key', async () => {
    const edited = {
      ...exported,
      entries: exported.entries.map((e, i) => (i === 0 ? { ...e, data: '{"sửa":true}' } : e)),
    };
    const out = await runAuditCommand(['verify', fileOf(edited)], { AUDIT_KEY: KEY });
    expect(out.exitCode).toBe(1);
    expect(out.stdout).toContain('NHẬT KÝ BỊ SỬA');
    expect(
      (await runAuditCommand(['verify', fileOf(exported)], { AUDIT_KEY: Buffer.alloc(32, 7).toString('base64') }))
        .exitCode,
    ).toBe(1);
  });

  it('asks for the key and a real export, in Vietnamese', async () => {
    expect((await runAuditCommand(['verify', fileOf(exported)], {})).stderr).toContain('Thiếu AUDIT_KEY');
    expect((await runAuditCommand(['verify', fileOf({ hello: 1 })], { AUDIT_KEY: KEY })).stderr).toContain(
      'Không đọc được tệp xuất nhật ký',
    );
    expect((await runAuditCommand(['kiem-tra'], { AUDIT_KEY: KEY })).exitCode).toBe(2);
  });
});
