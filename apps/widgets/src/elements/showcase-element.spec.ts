import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Initiatives } from '../api/public-api.js';
import { fakeApi, mount } from '../testing/widget-harness.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

const INITIATIVES = [
  {
    id: 'INI-1',
    title: 'Thanh toán không dùng tiền mặt bằng mã QR tại chợ Tân Sơn',
    summary: 'Tiểu thương chợ Tân Sơn nhận thanh toán bằng mã QR. '.repeat(10),
    sectorId: 'S-TRADE',
    recognisedAt: '2024-06-10T02:00:00.000Z',
    evidenceUrl: 'https://ninhson.gov.vn/qr.pdf',
    unit: { id: 'U-TAN-SON', name: 'Thị trấn Tân Sơn' },
    author: { fullName: 'Nguyễn Văn An' },
    replications: [
      { unitId: 'U-LAM-SON', since: '2024' },
      { unitId: 'U-MY-SON', since: '2025' },
    ],
  },
  {
    id: 'INI-2',
    title: '<b>Số hóa hồ sơ</b>',
    summary: 'Ngắn gọn.',
    sectorId: null,
    recognisedAt: '2023-11-20T02:00:00.000Z',
    evidenceUrl: 'javascript:alert(1)',
    unit: { id: 'U-LAM-SON', name: 'xã Lâm Sơn' },
    author: null,
    replications: [],
  },
  {
    id: 'INI-3',
    title: 'Tổ công nghệ số cộng đồng thôn Lâm Phú',
    summary: 'Tóm tắt của đơn vị.',
    featureTitle: 'Thôn Lâm Phú: mỗi nhà một người biết dịch vụ công trực tuyến',
    featureText: 'Bài giới thiệu của Trung tâm Truyền thông huyện.',
    sectorId: null,
    recognisedAt: '2025-03-01T02:00:00.000Z',
    evidenceUrl: null,
    unit: { id: 'U-LAM-SON', name: 'xã Lâm Sơn' },
    author: null,
    replications: [],
  },
] as unknown as Initiatives;

describe('<thidua-showcase>', () => {
  it('lists recognised initiatives with unit, author, date, a brief summary, replications and a safe evidence link', async () => {
    fakeApi({ '/api/public/initiatives': INITIATIVES });
    const { root } = await mount('thidua-showcase');
    const first = root.querySelector('[data-initiative="INI-1"]')!;
    expect(first.querySelector('h3')?.textContent).toBe('Thanh toán không dùng tiền mặt bằng mã QR tại chợ Tân Sơn');
    expect(first.textContent).toContain('Thị trấn Tân Sơn · Nguyễn Văn An · Công nhận ngày 10/06/2024');
    expect(first.textContent).toContain('Nhân rộng tại 2 đơn vị');
    expect(first.textContent).toContain('…');
    expect(first.querySelector('a')?.getAttribute('href')).toBe('https://ninhson.gov.vn/qr.pdf');
    const second = root.querySelector('[data-initiative="INI-2"]')!;
    expect(second.querySelector('b')).toBeNull();
    expect(second.querySelector('a')).toBeNull();
    expect(root.textContent).toContain('3 mô hình');
  });

  it('leads with the media centre’s presentation when it has written one, naming the initiative under it', async () => {
    fakeApi({ '/api/public/initiatives': INITIATIVES });
    const { root } = await mount('thidua-showcase');
    const featured = root.querySelector('[data-initiative="INI-3"]')!;
    expect(featured.querySelector('h3')?.textContent).toBe(
      'Thôn Lâm Phú: mỗi nhà một người biết dịch vụ công trực tuyến',
    );
    expect(featured.textContent).toContain('Tổ công nghệ số cộng đồng thôn Lâm Phú · xã Lâm Sơn');
    expect(featured.textContent).toContain('Bài giới thiệu của Trung tâm Truyền thông huyện.');
    expect(featured.textContent).not.toContain('Tóm tắt của đơn vị.');
  });

  it('searches from its own box (the same read a portal gets with the search attribute) and says when nothing matches', async () => {
    const api = fakeApi({
      '/api/public/initiatives': INITIATIVES,
      '/api/public/initiatives?search=kh%C3%B4ng+c%C3%B3': [],
    });
    const w = await mount('thidua-showcase');
    const input = w.root.querySelector('input[type="search"]') as HTMLInputElement;
    expect(input.getAttribute('aria-label')).toBe('Tìm theo tên hoặc nội dung');
    input.value = 'không có';
    const next = w.settled();
    (w.root.querySelector('form') as HTMLFormElement).requestSubmit();
    await next;
    expect(api.calls).toContain('/api/public/initiatives?search=kh%C3%B4ng+c%C3%B3');
    expect(w.text()).toContain('Chưa có mô hình nào được công nhận phù hợp.');
  });
});
