// Documents from data: the award decision and certificates of a signed decision, the review report; each code is
// recorded once (audited) and anyone can check it; nothing is produced for someone who may not see it.
import { beforeAll, describe, expect, it } from 'vitest';
import { asStoredValues, COMMUNE_2025 } from '../testing/api-harness.js';
import { testProviders, useHarness } from '../testing/use-harness.js';
import { issuerOn, ninhSonDx2021_2025 } from '@thidua/domain';

const NINH_SON = ninhSonDx2021_2025.id;

const providers = await testProviders();
const MOVEMENT = 'ninh-son-dx-2021-2025';

describe.each(providers)('official documents on %s', (provider) => {
  const h = useHarness(provider);
  let decisionId = '';

  beforeAll(async () => {
    const db = h.t.db;
    await db.report.create({
      data: {
        movementId: MOVEMENT,
        unitId: 'U-LAM-SON',
        year: 2025,
        status: 'approved',
        values: { create: asStoredValues(COMMUNE_2025) },
      },
    });
    await db.nomination.createMany({
      data: [
        {
          id: 'N-DOC-UNIT',
          movementId: NINH_SON,
          reviewId: 'R-FINAL',
          awardClass: 'collective',
          unitId: 'U-LAM-SON',
          proposedByUnitId: 'U-LAM-SON',
          proposedBy: 'test',
          achievements: 'Dẫn đầu huyện về hồ sơ trực tuyến',
          status: 'voted',
          eligibleSnapshot: true,
          scoreSnapshot: 95,
        },
        {
          id: 'N-DOC-PERSON',
          movementId: NINH_SON,
          reviewId: 'R-FINAL',
          awardClass: 'individual',
          personId: 'P-NGUYEN-VAN-AN',
          proposedByUnitId: 'U-LAM-SON',
          proposedBy: 'test',
          achievements: 'Sáng kiến số hóa hồ sơ địa chính',
          status: 'voted',
          eligibleSnapshot: true,
        },
      ],
    });
    // The decision is recorded once signed: the clock is on its date.
    h.clock.now = new Date('2026-01-05T03:00:00Z');
    const chair = await h.as('chutich');
    decisionId = (
      await chair.decisions.create({
        reviewId: 'R-FINAL',
        number: '3125/QĐ-UBND',
        date: '2026-01-05',
        signer: 'Đặng Quốc Bảo',
        nominationIds: ['N-DOC-UNIT', 'N-DOC-PERSON'],
      })
    ).decisionId;
  });

  it('Home Affairs gets the decision: its number and date, the review, both awardees within the quota, the signer; the code is recorded once, audited', async () => {
    const homeAffairs = await h.as('noivu');
    const first = await homeAffairs.documents.awardDecision({ decisionId });
    expect(first.code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    // Decided on 5/1/2026, after the district level ended on 1/7/2025: in the name of whoever held the power then, which
    // the plan data holds as not yet confirmed, and the decision says so.
    expect(first.model.letterhead).toMatchObject({
      parent: 'ỦY BAN NHÂN DÂN',
      body: 'KẾ THỪA THẨM QUYỀN CỦA HUYỆN NINH SƠN (CHƯA XÁC NHẬN)',
      number: 'Số: 3125/QĐ-UBND',
      place: 'Ninh Sơn',
      date: '2026-01-05',
    });
    expect(first.model.authority).toBe(
      'CHỦ TỊCH ỦY BAN NHÂN DÂN KẾ THỪA THẨM QUYỀN CỦA HUYỆN NINH SƠN (CHƯA XÁC NHẬN)',
    );
    expect(first.model.legalBases).toContain(
      'Căn cứ Luật Tổ chức chính quyền địa phương năm 2025 (chính quyền địa phương hai cấp từ ngày 01/7/2025, đơn vị hành chính cấp huyện kết thúc hoạt động) và việc sáp nhập tỉnh Ninh Thuận vào tỉnh Khánh Hòa (thẩm quyền kế thừa chưa được xác nhận);',
    );
    expect(first.model.awardees.map((a) => [a.awardClass, a.name, a.unit])).toEqual([
      ['collective', 'xã Lâm Sơn', null],
      ['individual', 'Nguyễn Văn An', 'xã Lâm Sơn'],
    ]);
    expect(first.model.quotas).toEqual([
      { awardClass: 'collective', max: 10, awarded: 1 },
      { awardClass: 'individual', max: 10, awarded: 1 },
    ]);
    expect(first.model.signer.name).toBe('Đặng Quốc Bảo');
    expect(first.model.subject).toBe(
      'khen thưởng tổng kết Phong trào thi đua “Chuyển đổi số giai đoạn 2021 - 2025” trên địa bàn huyện Ninh Sơn',
    );
    expect(first.model.reviewLabel).toBe(
      'Phong trào thi đua “Chuyển đổi số giai đoạn 2021 - 2025” trên địa bàn huyện Ninh Sơn (tổng kết Quý IV/2025)',
    );
    // Who carries it out is said in the movement's words, for the body issuing on the decision's date (after 1/7/2025).
    expect(first.model.executors).toEqual([
      `Chánh Văn phòng ${issuerOn(ninhSonDx2021_2025, '2026-01-05').vi}`,
      'Thủ trưởng Phòng Nội vụ',
      'Thủ trưởng Phòng Văn hóa và Thông tin',
    ]);
    expect(first.model.legalBases.at(-1)).toBe(
      'Xét đề nghị của Phòng Nội vụ và kết quả xét chọn của Hội đồng Thi đua - Khen thưởng huyện.',
    );
    const again = await (await h.as('chutich')).documents.awardDecision({ decisionId });
    expect(again.code).toBe(first.code);
    expect(await h.t.db.issuedDocument.count({ where: { code: first.code } })).toBe(1);
    expect(await h.t.db.auditLog.count({ where: { action: 'document.issue', entityId: first.code } })).toBe(1);
  });

  it('one certificate per awardee, numbered in the register after the decision, each with its own code that the public can check', async () => {
    const homeAffairs = await h.as('noivu');
    const person = await homeAffairs.documents.certificate({ nominationId: 'N-DOC-PERSON' });
    const unit = await homeAffairs.documents.certificate({ nominationId: 'N-DOC-UNIT' });
    expect(person.model).toMatchObject({
      decisionNumber: '3125/QĐ-UBND',
      decisionDate: '2026-01-05',
      registerEntry: '3125-02',
      awardee: { name: 'Nguyễn Văn An', unit: 'xã Lâm Sơn' },
    });
    expect(unit.model.registerEntry).toBe('3125-01');
    expect(unit.model.citation).toBe(
      'Đã có thành tích xuất sắc trong Phong trào thi đua “Chuyển đổi số giai đoạn 2021 - 2025” trên địa bàn huyện Ninh Sơn (tổng kết Quý IV/2025).',
    );
    expect(person.code).not.toBe(unit.code);
    const anyone = await h.anonymous();
    expect(await anyone.documents.verify({ code: person.code.toLowerCase() })).toEqual({
      valid: true,
      code: person.code,
      kind: 'certificate',
      title: 'Giấy khen: Nguyễn Văn An',
      reference: '3125/QĐ-UBND',
      subject: 'Nguyễn Văn An',
      issuedOn: '2026-01-05',
    });
    expect(await anyone.documents.verify({ code: 'ZZZZZ-ZZZZZ' })).toEqual({ valid: false, code: 'ZZZZZ-ZZZZZ' });
    await expect(homeAffairs.documents.certificate({ nominationId: 'N-NOT-AWARDED' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('the final review report covers every target and the criteria, rankings from approved reports, the awards, and proposals drawn from what is behind', async () => {
    const culture = await h.as('vhtt');
    const { model, code } = await culture.documents.reviewReport({ reviewId: 'R-FINAL' });
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(model.year).toBe(2025);
    expect(model.letterhead.date).toBe('2025-12-31');
    expect(model.subject).toBe(
      'Tổng kết Phong trào thi đua “Chuyển đổi số giai đoạn 2021 - 2025” trên địa bàn huyện Ninh Sơn',
    );
    expect(model.signer.signed).toBe(false);
    expect(model.targets.length).toBeGreaterThanOrEqual(15);
    expect(model.targets.map((t) => t.id)).toContain('T-G3-EPAYMENT');
    expect(model.criteria.map((c) => c.id)).toContain('C-COMM-DOSSIERS');
    const communes = model.rankings.find((r) => r.kind === 'Xã, thị trấn');
    expect(communes?.rows[0]?.name).toBe('xã Lâm Sơn');
    expect(model.awards.map((a) => a.name).sort()).toEqual(['Nguyễn Văn An', 'xã Lâm Sơn']);
    expect(model.reporting.map((r) => r.year)).toEqual([2022, 2023, 2024, 2025]);
    // No target has approved data in this database: the report says so and proposes nothing it cannot back.
    expect(model.behind.join(' ')).toContain('chưa có số liệu được phê duyệt');
    expect(model.proposals.length).toBeGreaterThan(0);
  });

  it('a commune’s yearly report is in its own name: every criterion with value and requirement, score and rank once approved, reporting, behind', async () => {
    const editor = await h.as('xa.lamson');
    const { model, code } = await editor.documents.unitYearReport({ unitId: 'U-LAM-SON', year: 2025 });
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(model.unit).toBe('xã Lâm Sơn');
    expect(model.letterhead).toMatchObject({
      parent: 'ỦY BAN NHÂN DÂN',
      body: 'XÃ LÂM SƠN',
      place: 'Lâm Sơn',
      number: 'Số:        /BC-UBND',
      date: '2025-12-14',
    });
    expect(model.subject).toBe(
      'Kết quả thực hiện Phong trào thi đua “Chuyển đổi số giai đoạn 2021 - 2025” trên địa bàn huyện Ninh Sơn năm 2025',
    );
    expect(model.criteria).toContainEqual({
      id: 'C-COMM-DOSSIERS',
      label: expect.any(String),
      result: '72,5% (yêu cầu ≥ 65%)',
      status: 'Đạt',
    });
    expect(model.criteria.map((c) => c.id)).not.toContain('C-DEPT-DOSSIERS'); // a department's criterion does not apply
    // Ranked among the units with an approved report only (Mỹ Sơn has none yet).
    expect(model.standing.join(' ')).toContain(
      'Xếp thứ 1/1 trong khối xã, thị trấn năm 2025 (trong số các đơn vị có báo cáo đã được phê duyệt)',
    );
    expect(model.draft).toBe(false); // approved figures
    expect(model.signer).toMatchObject({ authority: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', signed: false });
    expect(model.reporting.join(' ')).toContain('Chưa nộp');
    // Another commune's editor may not produce it; the district may.
    await expect(
      (await h.as('xa.myson')).documents.unitYearReport({ unitId: 'U-LAM-SON', year: 2025 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await (await h.as('vhtt')).documents.unitYearReport({ unitId: 'U-LAM-SON', year: 2025 })).code).toBe(code);
    expect(await (await h.anonymous()).documents.verify({ code })).toMatchObject({
      valid: true,
      kind: 'unit-year-report',
      subject: 'xã Lâm Sơn',
      reference: 'U-LAM-SON:2025',
    });
  });

  it('a unit whose figures are not approved gets a draft with a provisional score and no rank', async () => {
    const { model } = await (await h.as('xa.myson')).documents.unitYearReport({ unitId: 'U-MY-SON', year: 2024 });
    expect(model.draft).toBe(true);
    expect(model.standing.join(' ')).toContain('tạm tính theo số liệu chưa được phê duyệt');
    expect(model.standing.join(' ')).toContain('Chưa xếp hạng');
    expect(model.criteria.find((c) => c.id === 'C-COMM-DOSSIERS')).toMatchObject({
      result: 'Chưa có số liệu (yêu cầu ≥ 65%)',
      status: 'Chưa có số liệu',
    });
    expect(model.behind.join(' ')).toMatch(/\d+ tiêu chí chưa có số liệu/);
  });

  it('the district’s yearly report covers the year, and says when a year has no review to award in', async () => {
    const culture = await h.as('vhtt');
    const y2025 = (await culture.documents.districtYearReport({ year: 2025 })).model;
    expect(y2025.subject).toBe(
      'Kết quả thực hiện Phong trào thi đua “Chuyển đổi số giai đoạn 2021 - 2025” trên địa bàn huyện Ninh Sơn năm 2025',
    );
    expect(y2025.letterhead.date).toBe('2025-12-31');
    expect(y2025.awards.map((a) => a.name).sort()).toEqual(['Nguyễn Văn An', 'xã Lâm Sơn']);
    const y2024 = (await culture.documents.districtYearReport({ year: 2024 })).model;
    expect(y2024.year).toBe(2024);
    expect(y2024.reporting.map((r) => r.year)).toEqual([2022, 2023, 2024]);
    expect(y2024.awards).toEqual([]);
    expect(y2024.noAwards).toContain('Năm 2024 không có đợt sơ kết, tổng kết');
    await expect((await h.as('xa.lamson')).documents.districtYearReport({ year: 2025 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('a decision a Vice-Chairman signs for the Chairman reads "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", on the decision and its certificates', async () => {
    await h.t.db.nomination.create({
      data: {
        id: 'N-DOC-KT',
        movementId: NINH_SON,
        reviewId: 'R-INTERIM',
        awardClass: 'collective',
        unitId: 'U-MY-SON',
        proposedByUnitId: 'U-MY-SON',
        proposedBy: 'test',
        achievements: 'Hoàn thành xuất sắc',
        status: 'voted',
        eligibleSnapshot: true,
        scoreSnapshot: 90,
      },
    });
    const { decisionId: kt } = await (
      await h.as('chutich')
    ).decisions.create({
      reviewId: 'R-INTERIM',
      number: '2199/QĐ-UBND',
      date: '2023-12-29',
      signer: 'Nguyễn Văn Phó',
      signedOnBehalf: true,
      nominationIds: ['N-DOC-KT'],
    });
    const homeAffairs = await h.as('noivu');
    const interim = (await homeAffairs.documents.awardDecision({ decisionId: kt })).model;
    expect(interim.signer).toMatchObject({ authority: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', name: 'Nguyễn Văn Phó' });
    // Decided in 2023, while the district held the power: its name, and no basis of a later change.
    expect([interim.letterhead.body, interim.authority]).toEqual([
      'HUYỆN NINH SƠN',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN NINH SƠN',
    ]);
    expect(interim.legalBases.join(' ')).not.toContain('01/7/2025');
    expect((await homeAffairs.documents.certificate({ nominationId: 'N-DOC-KT' })).model.signer.authority).toBe(
      'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
    );
    expect((await homeAffairs.documents.awardDecision({ decisionId })).model.signer.authority).toBe('CHỦ TỊCH');
  });
});
