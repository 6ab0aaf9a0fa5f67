// The good-practice showcase from the UI (issue 6): a commune records an initiative, the Culture & Information
// office recognises it with where it was replicated, the district media centre presents it, and the public API and
// the portal's <thidua-showcase> read the presentation.
import { describe, expect, it } from 'vitest';
import { newUserContext } from './browser.js';
import { signIn } from './support/sign-in.js';
import { useProductAndBrowser } from './support/offices.js';

const run = useProductAndBrowser();

const TITLE = 'Tổ công nghệ số hướng dẫn nộp hồ sơ trực tuyến tại nhà';
const HEADLINE = 'Lâm Sơn: cán bộ đến tận nhà hướng dẫn dịch vụ công trực tuyến';

describe('an initiative from a commune to the public page', () => {
  it('is recorded by the commune, recognised by Culture, presented by the media centre, and read by the public', async () => {
    const commune = await (await newUserContext(run.browser)).newPage();
    await signIn(commune, run.product.shell.url, 'xa.lamson');
    await commune.getByRole('link', { name: 'Mô hình hay, cách làm sáng tạo' }).click();
    const form = commune.getByTestId('initiative-form');
    await form.getByLabel('Tên sáng kiến, mô hình').fill(TITLE);
    await form
      .getByLabel('Nội dung, cách làm và kết quả')
      .fill('Tổ công nghệ số cộng đồng đến từng hộ, hướng dẫn nộp hồ sơ trực tuyến; 320 hồ sơ trong năm 2025.');
    await form.getByRole('button', { name: 'Gửi đề nghị công nhận' }).click();
    await form.getByText('Đã gửi. Phòng Văn hóa và Thông tin sẽ xem xét công nhận.').waitFor();
    await commune.getByTestId('showcase-pending').getByRole('heading', { name: TITLE }).waitFor();

    const culture = await (await newUserContext(run.browser)).newPage();
    await signIn(culture, run.product.shell.url, 'vhtt');
    await culture.getByRole('link', { name: 'Mô hình hay, cách làm sáng tạo' }).click();
    const item = culture
      .getByTestId('showcase-pending')
      .locator('li', { has: culture.getByRole('heading', { name: TITLE }) });
    await item.getByLabel('Đơn vị đã nhân rộng (giữ Ctrl để chọn nhiều)').selectOption(['U-MY-SON']);
    await item.getByRole('button', { name: 'Công nhận' }).click();
    const recognised = culture
      .getByTestId('showcase-recognised')
      .locator('li', { has: culture.getByRole('heading', { name: TITLE }) });
    await recognised.getByText('Nhân rộng tại: xã Mỹ Sơn').waitFor();

    const media = await (await newUserContext(run.browser)).newPage();
    await signIn(media, run.product.shell.url, 'truyenthanh');
    await media.getByRole('link', { name: 'Mô hình hay, cách làm sáng tạo' }).click();
    const toPresent = media
      .getByTestId('showcase-recognised')
      .locator('li', { has: media.getByRole('heading', { name: TITLE }) });
    await toPresent.getByText('Giới thiệu trên trang công khai').click();
    await toPresent.getByLabel('Tiêu đề bài giới thiệu').fill(HEADLINE);
    await toPresent.getByLabel('Bài giới thiệu (ít nhất 30 ký tự)').fill('Ngắn');
    expect(await toPresent.getByRole('button', { name: 'Đăng bài giới thiệu' }).isDisabled()).toBe(true);
    await toPresent
      .getByLabel('Bài giới thiệu (ít nhất 30 ký tự)')
      .fill('Cán bộ Tổ công nghệ số cộng đồng xã Lâm Sơn đến từng nhà hướng dẫn bà con nộp hồ sơ trực tuyến.');
    await toPresent.getByRole('button', { name: 'Đăng bài giới thiệu' }).click();
    await toPresent.getByText('Đã đăng. Trang công khai hiển thị bài giới thiệu này.').waitFor();
    await toPresent.getByText(`Đang giới thiệu trên trang công khai: ${HEADLINE}`).waitFor();

    const published = (await (
      await fetch(
        `${run.product.api.url}/api/public/initiatives?search=${encodeURIComponent('công nghệ số hướng dẫn')}`,
      )
    ).json()) as Array<{ title: string; featureTitle: string | null; replications: Array<{ unitId: string }> }>;
    expect(published).toEqual([
      expect.objectContaining({
        title: TITLE,
        featureTitle: HEADLINE,
        replications: [expect.objectContaining({ unitId: 'U-MY-SON' })],
      }),
    ]);
  });
});
