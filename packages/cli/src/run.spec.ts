import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ninhSonDx2021_2025 } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'thidua-cli-'));
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const example = fileURLToPath(new URL('../examples/ninh-son-2025.csv', import.meta.url));

describe('thidua validate', () => {
  it('accepts the built-in plan exported by `thidua plan`', () => {
    const plan = run(['plan']);
    expect(plan.exitCode).toBe(0);
    const result = run(['validate', file('plan.json', plan.stdout)]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Hợp lệ');
    expect(result.stdout).toContain('19 tiêu chí');
  });

  it('lists every problem of an invalid file with its path, and exits 1', () => {
    const broken = {
      ...ninhSonDx2021_2025,
      timeZone: 'Mars/Olympus',
      criteria: ninhSonDx2021_2025.criteria.filter((c) => c.id !== 'C-DEPT-DTI'),
    };
    const result = run(['validate', file('broken.json', JSON.stringify(broken))]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('Không hợp lệ');
    expect(result.stdout).toContain('timeZone');
    expect(result.stdout).toContain('C-DEPT-DTI');
  });

  it('speaks English with --lang en', () => {
    const result = run(['validate', file('bad.json', '{"schemaVersion": 1}'), '--lang', 'en']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('Required field is missing');
  });

  it('explains a missing file and bad JSON without a stack trace', () => {
    const missing = run(['validate', join(dir, 'nope.json')]);
    expect(missing).toMatchObject({ exitCode: 1, stderr: expect.stringContaining('Không tìm thấy tệp') });
    const garbage = run(['validate', file('garbage.json', '{ not json')]);
    expect(garbage.exitCode).toBe(1);
    expect(garbage.stderr).toContain('không phải JSON hợp lệ');
    expect(garbage.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('thidua evaluate', () => {
  it('ranks the example district file per participant kind', () => {
    const result = run(['evaluate', '--facts', example]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('P-COMMUNE');
    expect(result.stdout).toMatch(/1\s+U-TAN-SON\s+Đủ điều kiện/);
    expect(result.stdout).toMatch(/PHONG-NN-PTNT\s+Không đủ.*C-DEPT-DOSSIERS/);
  });

  it('gives JSON with --json, ranked and with explanations', () => {
    const result = run(['evaluate', '--facts', example, '--json']);
    const sections = JSON.parse(result.stdout) as Array<{
      groupId: string;
      ranking: Array<{ participantId: string; rank: number; eligible: boolean }>;
    }>;
    expect(sections.map((s) => s.groupId)).toEqual(['P-DEPT', 'P-COMMUNE', 'P-ENTERPRISE', 'P-PERSON']);
    const communes = sections[1]?.ranking ?? [];
    expect(communes[0]).toMatchObject({ participantId: 'U-TAN-SON', rank: 1, eligible: true });
  });

  it('explains one participant criterion by criterion', () => {
    const result = run(['evaluate', '--facts', example, '--explain', 'PHONG-NN-PTNT', '--lang', 'en']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('84.99% (required ≥ 85%): not met');
  });

  it('reads JSON facts', () => {
    const facts = file(
      'facts.json',
      JSON.stringify([{ id: 'CN-1', kind: 'individual', facts: { 'C-IND-ACTIVE': true, 'C-IND-POLICY': true } }]),
    );
    const result = run(['evaluate', '--facts', facts, '--json']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('"eligible": true');
  });

  it('names the line and column of every bad cell and evaluates nothing', () => {
    const csv =
      'id,kind,registered,C-COMM-DOSSIERS,C-COL-LAUNCH\nU-A,commune,có,abc,có\nU-B,village,có,70,maybe\nU-A,commune,có,70,có\n';
    const result = run(['evaluate', '--facts', file('bad.csv', csv)]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Dòng 2, cột C-COMM-DOSSIERS: "abc" không phải là số');
    expect(result.stderr).toContain('Dòng 3, cột kind: "village" không phải loại đối tượng');
    expect(result.stderr).toContain('Dòng 3, cột C-COL-LAUNCH: "maybe" không phải có/không');
    expect(result.stderr).toContain('Dòng 4, cột id: mã "U-A" trùng với dòng 2');
  });

  it('refuses a column that is not a criterion', () => {
    const result = run([
      'evaluate',
      '--facts',
      file('cols.csv', 'id,kind,C-DEPT-TYPO\nX,department,1\n'),
      '--lang',
      'en',
    ]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('Line 1, column 3 ("C-DEPT-TYPO"): not a criterion of this movement');
  });

  it('reads semicolon files with decimal commas and percent signs', () => {
    const csv = 'id;kind;registered;C-COMM-DOSSIERS\nU-A;commune;x;65,0%\n';
    const result = run(['evaluate', '--facts', file('semi.csv', csv), '--explain', 'U-A']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('65% (yêu cầu ≥ 65%): đạt');
  });
});

describe('usage', () => {
  it('prints usage and exits 2 for no or unknown commands', () => {
    expect(run([])).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('Cách dùng') });
    expect(run(['frobnicate'])).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('Lệnh không hợp lệ') });
    expect(run(['evaluate', '--bogus'])).toMatchObject({ exitCode: 2 });
    expect(run(['--help'])).toMatchObject({ exitCode: 0, stdout: expect.stringContaining('thidua validate') });
  });
});
