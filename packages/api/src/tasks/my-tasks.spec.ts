import { describe, expect, it } from 'vitest';
import { COMMUNE_2025, createHarness } from '../testing/api-harness.js';
import { testProviders } from '../testing/use-harness.js';

describe.each(await testProviders())('what each role has to do, on %s', (provider) => {
  it('a commune clerk: register, the report due then overdue, returned with its reason, then waiting; the reviewer sees it waiting for them', async () => {
    const h = await createHarness(provider);
    try {
      const clerk = await h.as('xa.myson');
      h.clock.now = new Date('2025-12-01T03:00:00Z');
      const first = await clerk.tasks.mine();
      expect(first.year).toBe(2025);
      // Dated tasks first, the nearest deadline on top; the registration has no deadline of its own.
      expect(first.tasks.map((t) => [t.id, t.tone])).toEqual([
        ['report-2025', 'due'],
        ['register', 'due'],
      ]);
      expect(first.tasks[0]).toMatchObject({
        due: '2025-12-14',
        link: '/unit',
        detail: { vi: 'Hạn cuối: hết ngày 14/12/2025.' },
      });
      // The first late instant (15/12 00:00 in Vietnam): the same task, now overdue, first in the list.
      h.clock.now = new Date('2025-12-14T17:00:00Z');
      expect((await (await h.as('xa.myson')).tasks.mine()).tasks[0]).toMatchObject({
        id: 'report-2025',
        tone: 'overdue',
      });
      h.clock.now = new Date('2025-12-14T16:59:59Z');
      expect((await (await h.as('xa.myson')).tasks.mine()).tasks.find((t) => t.id === 'report-2025')?.tone).toBe('due');

      const d = await (
        await h.as('xa.myson')
      ).reports.saveDraft({ unitId: 'U-MY-SON', year: 2025, values: COMMUNE_2025 });
      const sent = await (await h.as('xa.myson')).reports.submit({ reportId: d.reportId, version: d.version });
      expect((await (await h.as('xa.myson')).tasks.mine()).tasks.find((t) => t.id === 'report-2025')).toMatchObject({
        tone: 'waiting',
      });
      expect((await (await h.as('vhtt')).tasks.mine()).tasks).toEqual([
        expect.objectContaining({
          id: 'review-2025',
          link: '/reports',
          title: expect.objectContaining({
            vi: expect.stringMatching(/^\d+ báo cáo năm 2025 chờ bạn kiểm tra, duyệt$/),
          }),
        }),
      ]);
      await (
        await h.as('vhtt')
      ).reports.returnToUnit({ reportId: d.reportId, version: sent.version, reason: 'Thiếu minh chứng sáng kiến' });
      const back = (await (await h.as('xa.myson')).tasks.mine()).tasks;
      expect(back[0]).toMatchObject({
        id: 'report-2025',
        tone: 'returned',
        detail: { vi: 'Báo cáo bị trả lại. Lý do: Thiếu minh chứng sáng kiến' },
      });
      // Someone with nothing to do gets an empty list.
      expect((await (await h.as('lanhdao')).tasks.mine()).tasks).toEqual([]);
    } finally {
      await h.destroy();
    }
  });
});
