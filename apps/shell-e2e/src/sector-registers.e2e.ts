// Each of the five sector modules in Debian Chromium: the sector's office keeps its register in its own module, the
// commune's figure is computed from it (never typed), the figures go to Culture and are approved, and the district
// dashboard shows the computed figure. One product (SQLite file, seeded) for the five.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useOffices } from './support/offices.js';

const offices = useOffices();
let page: Page;
const as = async (username: string) => {
  page = await offices.as(username);
};

/** One item as the clerk fills the form: its name, then each field by its label (a select's option or typed text). */
interface Entry {
  name: string;
  fields: Record<string, string>;
}

interface Case {
  sectorId: string;
  link: string;
  editor: string;
  registerId: string;
  /** The items added to the first commune of the list. */
  items: Entry[];
  indicatorId: string;
  /** The commune's figure computed from the items. */
  computed: number;
}

const CASES: Case[] = [
  {
    sectorId: 'S-EDUCATION',
    link: 'Giáo dục',
    editor: 'giaoduc',
    registerId: 'REG-EDUCATION-SCHOOLS',
    items: [
      {
        name: 'Trường Tiểu học số 1',
        fields: {
          'Cấp học': 'Tiểu học',
          'Hồ sơ, học bạ điện tử': 'Có',
          'Tuyển sinh trực tuyến': 'Có',
          'Kết nối Internet tốc độ cao': 'Có',
        },
      },
      {
        name: 'Trường Mầm non Hoa Sen',
        fields: { 'Cấp học': 'Mầm non', 'Hồ sơ, học bạ điện tử': 'Có', 'Tuyển sinh trực tuyến': 'Không' },
      },
    ],
    indicatorId: 'I-EDUCATION-SCHOOLS-DX',
    computed: 50,
  },
  {
    sectorId: 'S-HEALTH',
    link: 'Y tế',
    editor: 'yte',
    registerId: 'REG-HEALTH-FACILITIES',
    items: [
      {
        name: 'Trạm y tế xã',
        fields: { 'Loại cơ sở': 'Trạm y tế xã', 'Hồ sơ bệnh án điện tử': 'Có', 'Khám, chữa bệnh từ xa': 'Có' },
      },
    ],
    indicatorId: 'I-HEALTH-EMR',
    computed: 100,
  },
  {
    sectorId: 'S-AGRICULTURE',
    link: 'Nông nghiệp',
    editor: 'nongnghiep',
    registerId: 'REG-AGRICULTURE-PRODUCERS',
    items: [
      { name: 'HTX Nho Ninh Sơn', fields: { Loại: 'Hợp tác xã', 'Tỷ lệ giao dịch không dùng tiền mặt': '40' } },
      { name: 'Tỏi Phan Rang', fields: { Loại: 'Sản phẩm OCOP', 'Tỷ lệ giao dịch không dùng tiền mặt': '60,5' } },
    ],
    indicatorId: 'I-AGRICULTURE-CASHLESS',
    computed: 50.25,
  },
  {
    sectorId: 'S-LAND-ENV',
    link: 'Tài nguyên và môi trường',
    editor: 'tainguyen',
    registerId: 'REG-LAND-DATASETS',
    items: [
      { name: 'CSDL địa chính', fields: { 'Loại dữ liệu': 'Địa chính', 'Tiến độ số hóa': '80' } },
      { name: 'CSDL giá đất', fields: { 'Loại dữ liệu': 'Giá đất', 'Tiến độ số hóa': '60' } },
    ],
    indicatorId: 'I-LAND-DIGITAL-MAP',
    computed: 70,
  },
  {
    sectorId: 'S-RESIDENTS',
    link: 'Dân cư',
    editor: 'dancu',
    registerId: 'REG-RESIDENTS-VILLAGES',
    items: [
      {
        name: 'Thôn 1',
        fields: { 'Dữ liệu dân cư đã làm sạch ("đúng, đủ, sạch, sống")': '90', 'Người dân đã kích hoạt VNeID': '60' },
      },
      {
        name: 'Thôn 2',
        fields: { 'Dữ liệu dân cư đã làm sạch ("đúng, đủ, sạch, sống")': '70', 'Người dân đã kích hoạt VNeID': '80' },
      },
    ],
    indicatorId: 'I-RESIDENTS-CLEAN',
    computed: 80,
  },
];

const readNumber = (s: string) => Number(s.trim().replace(/\./g, '').replace(',', '.'));

const openSector = async (c: Case) => {
  await page.getByRole('link', { name: c.link, exact: true }).click();
  return page.getByTestId(`sector-module-${c.sectorId}`);
};

describe('a sector keeps its register in its own module, and the computed figure is approved', () => {
  it.each(CASES)(
    '$sectorId: the office keeps $registerId, Culture approves, the dashboard shows the figure',
    async (c) => {
      await as(c.editor);
      const module = await openSector(c);
      await module.getByRole('tab', { name: 'Sổ theo dõi' }).click();
      const card = page.getByTestId(`register-${c.registerId}`);
      for (const item of c.items) {
        // The add form stays open after a save, for the next item.
        const add = card.getByTestId(`register-add-${c.registerId}`);
        if (!(await add.evaluate((d) => (d as HTMLDetailsElement).open))) await add.locator('summary').click();
        const form = add.getByTestId(`register-form-${c.registerId}`);
        await form.getByLabel('Tên', { exact: true }).fill(item.name);
        for (const [label, value] of Object.entries(item.fields)) {
          const control = form.getByLabel(label, { exact: true });
          if ((await control.evaluate((e) => e.tagName)) === 'SELECT') await control.selectOption({ label: value });
          else await control.fill(value);
        }
        await form.getByRole('button', { name: 'Lưu', exact: true }).click();
        await card.getByText(`Đã lưu "${item.name}".`, { exact: false }).waitFor();
        await card.locator(`tr[data-item="${item.name}"]`).waitFor();
      }
      // The commune's figure, computed from what was just kept.
      const figure = card.locator(
        `[data-testid="register-figures-${c.registerId}"] li[data-indicator="${c.indicatorId}"]`,
      );
      await expect
        .poll(async () => readNumber((await figure.locator('[data-value]').textContent()) ?? ''))
        .toBe(c.computed);
      const commune = await figure.getAttribute('data-commune');

      // In the entry grid the cell shows the computed figure and cannot be typed over; the office sends the figures.
      await module.getByRole('tab', { name: 'Nhập số liệu' }).click();
      const entry = page.getByTestId('sector-entry');
      const cellInput = entry.locator(
        `tr[data-commune="${commune}"] td[data-computed="${c.registerId}"][data-indicator="${c.indicatorId}"] input`,
      );
      await cellInput.waitFor();
      expect(await cellInput.isDisabled()).toBe(true);
      expect(readNumber(await cellInput.inputValue())).toBe(c.computed);
      // The district figure the dashboard will show: the mean of the communes' shares in the grid (for health, its
      // typed 2025 figures and the one now computed; for the others, the computed one alone).
      const column = await entry
        .locator(`td[data-indicator="${c.indicatorId}"] input`)
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value).filter((v) => v !== ''));
      const shares = column.map(readNumber);
      const districtMean = Math.round((100 * shares.reduce((a, b) => a + b, 0)) / shares.length) / 100;
      if (c.sectorId !== 'S-HEALTH') expect(shares).toEqual([c.computed]);
      await entry.getByRole('button', { name: 'Gửi Phòng Văn hóa và Thông tin' }).click();
      await entry.getByText(/Đã nộp/).waitFor();
      // The register now holds what was sent: no more changes.
      await module.getByRole('tab', { name: 'Sổ theo dõi' }).click();
      await page
        .getByTestId('sector-registers')
        .getByText(/sổ chỉ để xem/)
        .waitFor();
      expect(await card.getByTestId(`register-add-${c.registerId}`).count()).toBe(0);

      await as('vhtt.chuyenvien');
      const checked = await openSector(c);
      await checked.getByRole('tab', { name: 'Kiểm tra, duyệt' }).click();
      await page.getByTestId('sector-review').getByRole('button', { name: 'Xác nhận đã kiểm tra' }).click();
      await page.getByTestId('review-done').waitFor();

      await as('vhtt');
      const approving = await openSector(c);
      await approving.getByRole('tab', { name: 'Kiểm tra, duyệt' }).click();
      const review = page.getByTestId('sector-review');
      await review.getByRole('button', { name: 'Duyệt' }).click();
      await review.locator('[data-status="approved"]').waitFor();

      await page.getByRole('link', { name: 'Bảng điều hành' }).click();
      const widget = page.getByTestId(`sector-widget-${c.sectorId}`);
      await widget.getByText('Năm 2025 (đã duyệt)').waitFor();
      const shown = readNumber(
        (await widget.locator(`[data-indicator="${c.indicatorId}"] [data-value]`).textContent()) ?? '',
      );
      expect(shown).toBeCloseTo(districtMean, 1);
      expect(offices.errors).toEqual([]);
    },
  );
});
