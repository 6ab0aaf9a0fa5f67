// The people of a unit: the administrator keeps every unit's, a unit editor its own; contact details stay with them
// (the audit log names the fields that changed, not their values), and a stale form does not overwrite a newer change.
import { describe, expect, it } from 'vitest';
import { testProviders, useHarness } from '../testing/use-harness.js';

describe.each(await testProviders())('the people of a unit on %s', (provider) => {
  const h = useHarness(provider);

  it('a commune editor adds and corrects its own people, and nobody else’s', async () => {
    const lamSon = await h.as('xa.lamson');
    const added = await lamSon.people.create({
      unitId: 'U-LAM-SON',
      fullName: 'Phạm Thị Hoa',
      position: 'Công chức Văn hóa - Xã hội',
      email: 'hoa@example.invalid',
      phone: '0912 345 678',
    });
    expect((await lamSon.people.list({ unitId: 'U-LAM-SON' })).map((p) => p.fullName)).toContain('Phạm Thị Hoa');
    await expect(lamSon.people.list({ unitId: 'U-MY-SON' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(lamSon.people.create({ unitId: 'U-MY-SON', fullName: 'Người xã khác' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      lamSon.people.create({ unitId: 'U-LAM-SON', fullName: 'Số điện thoại sai', phone: 'gọi tôi' }),
    ).rejects.toThrow(/Số điện thoại: 6–20 chữ số/);

    await lamSon.people.update({
      id: added.id,
      version: added.version,
      fullName: 'Phạm Thị Hoa',
      position: 'Phó Chủ tịch UBND xã',
      email: 'hoa@example.invalid',
      phone: '0912 345 678',
    });
    // The same stale form again: refused, the newer position kept.
    await expect(
      lamSon.people.update({
        id: added.id,
        version: added.version,
        fullName: 'Phạm Thị Hoa',
        position: 'Cũ',
        email: null,
        phone: null,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await lamSon.people.list({ unitId: 'U-LAM-SON' })).find((p) => p.id === added.id)?.position).toBe(
      'Phó Chủ tịch UBND xã',
    );

    const myson = await h.as('xa.myson');
    await expect(
      myson.people.update({ id: added.id, version: 2, fullName: 'Đổi tên', position: null, email: null, phone: null }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The administrator keeps every unit's people; the log says which fields changed, never the phone or e-mail.
    const admin = await h.as('quantri');
    expect((await admin.people.list({ unitId: 'U-LAM-SON' })).find((p) => p.id === added.id)).toMatchObject({
      email: 'hoa@example.invalid',
      account: null,
    });
    const log = await admin.audit.list({ action: 'person.update' });
    expect(JSON.parse(log.entries[0]!.data)).toEqual({ unitId: 'U-LAM-SON', fields: ['position'] });
    expect(JSON.stringify((await admin.audit.list({ action: 'person.' })).entries)).not.toContain('0912');
  });
});
