import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOMINEES } from '../testing/fixtures.js';
import { fakeApi, mount, type Mounted } from '../testing/widget-harness.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

const LIST = '/api/public/nominees?review=R-FINAL';
const POST = 'POST /api/public/nominees/NOM-1/comments';
const TOO_MANY = {
  error: {
    code: 'TOO_MANY_REQUESTS',
    message:
      'Mỗi địa chỉ mạng gửi tối đa 5 ý kiến mỗi giờ; vui lòng gửi lại sau | At most 5 comments an hour from one network address; please try later',
  },
};

const nominee = (w: Mounted, id = 'NOM-1') => w.root.querySelector(`[data-nominee="${id}"]`)!;
const field = (w: Mounted, name: string, id = 'NOM-1') =>
  nominee(w, id).querySelector(`[name="${name}"]`) as HTMLInputElement | HTMLTextAreaElement;
const type = (el: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
};
const open = (w: Mounted, id = 'NOM-1') =>
  (nominee(w, id).querySelector('button[aria-expanded]') as HTMLButtonElement).click();
const send = (w: Mounted, id = 'NOM-1') =>
  (nominee(w, id).querySelector('button[type="submit"]') as HTMLButtonElement).click();
const fill = (w: Mounted, values: { authorName?: string; contact?: string; body?: string }) => {
  open(w);
  for (const [name, value] of Object.entries(values)) type(field(w, name), value);
};
const commentsOf = (w: Mounted, id = 'NOM-1') => nominee(w, id).querySelector('[data-comments]')?.textContent;
const alertOf = (w: Mounted, id = 'NOM-1') => nominee(w, id).querySelector('[role="alert"]')?.textContent;
const statusOf = (w: Mounted, id = 'NOM-1') => nominee(w, id).querySelector('[role="status"]')?.textContent;
const COMMENT = {
  authorName: '  Trần Thị Hoa ',
  contact: ' 0912 345 678 ',
  body: ' Ông Sơn hướng dẫn tận tình cả thôn tôi làm hồ sơ trực tuyến. ',
};

describe('<thidua-nominees>', () => {
  it('lists each nominee with name, unit, class, achievements, the window’s end in Vietnam’s time and the counts, never a contact', async () => {
    const leaked = [{ ...NOMINEES[0]!, contact: 'hoa@example.vn', comments: 3 }, NOMINEES[1]!];
    const api = fakeApi({ [LIST]: leaked });
    const w = await mount('thidua-nominees', { review: 'R-FINAL' });
    expect(api.calls).toContain(LIST);
    expect(w.root.querySelector('h2')?.textContent).toBe(
      'Lấy ý kiến nhân dân về đề nghị khen thưởng: Tổng kết phong trào (Quý IV/2025)',
    );
    const person = nominee(w, 'NOM-1');
    expect(person.querySelector('h3')?.textContent).toBe('Bùi Thanh Sơn');
    expect(person.textContent).toContain('Cá nhân · Văn phòng HĐND và UBND huyện');
    expect(person.textContent).toContain(
      'Chủ trì số hóa 12.000 hồ sơ một cửa.\nHướng dẫn 30 thôn dùng dịch vụ công trực tuyến.',
    );
    expect(person.querySelector('[data-until]')?.textContent).toBe('Lấy ý kiến đến 17:00 20/12/2025');
    expect(commentsOf(w)).toBe('3 ý kiến (1 đã ẩn)');
    const unit = nominee(w, 'NOM-2');
    expect(unit.querySelector('h3')?.textContent).toBe('xã Lâm Sơn');
    expect(unit.textContent).toContain('Tập thể');
    expect(unit.querySelector('b')).toBeNull();
    expect(unit.textContent).toContain('<b>100%</b> hồ sơ xử lý trực tuyến năm 2025.');
    expect(commentsOf(w, 'NOM-2')).toBe('1 ý kiến (0 đã ẩn)');
    expect(w.text()).not.toContain('hoa@example.vn');
    expect(w.el.getAttribute('data-state')).toBe('ready');
  });

  it('reads every review taking comments without a review attribute, naming each nominee’s review; in English', async () => {
    const api = fakeApi({ '/api/public/nominees': NOMINEES });
    const w = await mount('thidua-nominees', { lang: 'en' });
    expect(api.calls).toContain('/api/public/nominees');
    expect(w.root.querySelector('h2')?.textContent).toBe('Public comment on award nominations');
    expect(nominee(w).textContent).toContain(
      'Individual · Văn phòng HĐND và UBND huyện · Review: Final review (Q4 2025)',
    );
    expect(nominee(w).querySelector('[data-until]')?.textContent).toBe('Comments until 17:00 20/12/2025');
    expect(commentsOf(w)).toBe('3 comments (1 hidden)');
    expect(commentsOf(w, 'NOM-2')).toBe('1 comment (0 hidden)');
    expect((nominee(w).querySelector('button[aria-expanded]') as HTMLElement).textContent).toBe(
      'Comment on Bùi Thanh Sơn',
    );
  });

  it('says plainly that no nomination is open for comment now, with no form', async () => {
    fakeApi({ '/api/public/nominees': [] });
    const w = await mount('thidua-nominees');
    expect(w.el.getAttribute('data-state')).toBe('ready');
    expect(w.text()).toContain('Hiện không có đề nghị khen thưởng nào đang lấy ý kiến nhân dân.');
    expect(w.root.querySelector('form')).toBeNull();
  });

  it('opens a form with labelled fields, a note that the contact is not published, and a live character count', async () => {
    fakeApi({ [LIST]: NOMINEES });
    const w = await mount('thidua-nominees', { review: 'R-FINAL' });
    const toggle = nominee(w).querySelector('button[aria-expanded]') as HTMLButtonElement;
    const form = nominee(w).querySelector('form')!;
    expect(toggle.textContent).toBe('Góp ý về Bùi Thanh Sơn');
    expect(toggle.getAttribute('aria-controls')).toBe(form.id);
    expect(form.hidden).toBe(true);
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(form.hidden).toBe(false);
    expect(w.root.activeElement).toBe(field(w, 'authorName'));
    const labels = Object.fromEntries(
      [...form.querySelectorAll('label')].map((l) => [
        l.textContent,
        form.querySelector(`#${l.getAttribute('for')}`)?.getAttribute('name'),
      ]),
    );
    expect(labels).toEqual({
      'Họ và tên': 'authorName',
      'Số điện thoại hoặc thư điện tử': 'contact',
      'Ý kiến': 'body',
    });
    const note = form.querySelector(`#${field(w, 'contact').getAttribute('aria-describedby')}`);
    expect(note?.textContent).toBe('Không công khai; chỉ Phòng Nội vụ dùng để xác minh ý kiến của bạn.');
    const body = field(w, 'body');
    expect(body.tagName).toBe('TEXTAREA');
    expect(body.getAttribute('maxlength')).toBe('2000');
    const count = form.querySelector(`#${body.getAttribute('aria-describedby')}`)!;
    expect(count.textContent).toBe('0/2000 ký tự');
    type(body, 'Rất xứng đáng');
    expect(count.textContent).toBe('13/2000 ký tự');
  });

  it('sends a comment as JSON without cookies, shows it is busy meanwhile, then thanks the citizen and counts it', async () => {
    let answer!: (r: Response) => void;
    const api = fakeApi({ [LIST]: NOMINEES, [POST]: () => new Promise<Response>((resolve) => (answer = resolve)) });
    const w = await mount('thidua-nominees', { review: 'R-FINAL' });
    fill(w, COMMENT);
    const submit = nominee(w).querySelector('button[type="submit"]') as HTMLButtonElement;
    submit.focus();
    send(w);
    expect(submit.textContent).toBe('Đang gửi…');
    expect(submit.getAttribute('aria-disabled')).toBe('true');
    send(w); // a second press while it sends is not a second comment
    expect(api.calls.filter((c) => c === POST)).toHaveLength(1);
    const request = api.requests.find((r) => r.method === 'POST')!;
    expect(request.path).toBe('/api/public/nominees/NOM-1/comments');
    expect(request.headers.get('content-type')).toBe('application/json');
    expect(request.credentials).toBe('omit');
    expect(JSON.parse(request.body!)).toEqual({
      authorName: 'Trần Thị Hoa',
      contact: '0912 345 678',
      body: 'Ông Sơn hướng dẫn tận tình cả thôn tôi làm hồ sơ trực tuyến.',
    });
    answer(
      new Response(JSON.stringify({ commentId: 'C-1' }), {
        status: 201,
        headers: { 'content-type': 'application/json' },
      }),
    );
    await vi.waitFor(() => expect(statusOf(w)).toBe('Đã gửi ý kiến, cảm ơn bạn.'));
    expect(commentsOf(w)).toBe('4 ý kiến (1 đã ẩn)');
    expect(commentsOf(w, 'NOM-2')).toBe('1 ý kiến (0 đã ẩn)');
    expect(alertOf(w)).toBe('');
    expect(field(w, 'body').value).toBe('');
    expect(nominee(w).querySelector('form')?.hidden).toBe(true);
    expect(w.root.activeElement).toBe(nominee(w).querySelector('button[aria-expanded]'));
    expect(w.text()).not.toContain('0912 345 678');
    // The next read counts the comment itself: it is not added twice.
    api.answers.set(LIST, [{ ...NOMINEES[0]!, comments: 4 }, NOMINEES[1]!]);
    await w.el.load();
    expect(commentsOf(w)).toBe('4 ý kiến (1 đã ẩn)');
  });

  it('names the field to fix, in Vietnamese, and sends nothing until it is right', async () => {
    const api = fakeApi({ [LIST]: NOMINEES, [POST]: { status: 201, body: { commentId: 'C-1' } } });
    const w = await mount('thidua-nominees', { review: 'R-FINAL' });
    fill(w, { authorName: ' H ', contact: '0912345678', body: 'x'.repeat(2001) });
    send(w);
    await Promise.resolve();
    expect(api.calls.some((c) => c.startsWith('POST'))).toBe(false);
    const name = field(w, 'authorName');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(nominee(w).querySelector(`#${name.getAttribute('aria-describedby')}`)?.textContent).toBe(
      'Họ và tên cần ít nhất 2 ký tự.',
    );
    expect(nominee(w).textContent).toContain('Ý kiến tối đa 2000 ký tự.');
    expect(field(w, 'contact').hasAttribute('aria-invalid')).toBe(false);
    expect(alertOf(w)).toBe('Chưa gửi: vui lòng sửa các mục được đánh dấu.');
    expect(w.root.activeElement).toBe(name);
    type(name, 'Hà');
    expect(name.hasAttribute('aria-invalid')).toBe(false);
    expect(nominee(w).textContent).not.toContain('Họ và tên cần ít nhất 2 ký tự.');
  });

  it('shows the server’s own words when it refuses (too many comments from this address), in the reader’s language, keeping the text', async () => {
    fakeApi({ [LIST]: NOMINEES, [POST]: { status: 429, body: TOO_MANY } });
    const w = await mount('thidua-nominees', { review: 'R-FINAL' });
    fill(w, COMMENT);
    send(w);
    await vi.waitFor(() =>
      expect(alertOf(w)).toBe('Mỗi địa chỉ mạng gửi tối đa 5 ý kiến mỗi giờ; vui lòng gửi lại sau'),
    );
    expect(field(w, 'body').value).toBe(COMMENT.body);
    expect(field(w, 'authorName').value).toBe(COMMENT.authorName);
    expect(field(w, 'contact').value).toBe(COMMENT.contact);
    expect(nominee(w).querySelector('form')?.hidden).toBe(false);
    expect(statusOf(w)).toBe('');
    expect(commentsOf(w)).toBe('3 ý kiến (1 đã ẩn)');
    const submit = nominee(w).querySelector('button[type="submit"]')!;
    expect(submit.hasAttribute('aria-disabled')).toBe(false);
    expect(submit.textContent).toBe('Gửi ý kiến');
    w.el.setAttribute('lang', 'en');
    expect(alertOf(w)).toBe('At most 5 comments an hour from one network address; please try later');
    expect(field(w, 'body').value).toBe(COMMENT.body);
  });

  it('keeps what was typed when the connection is lost, says so, and sends it once the server answers again', async () => {
    const api = fakeApi({ [LIST]: NOMINEES, [POST]: 'down', '/api/public/ping': 'down' });
    const w = await mount('thidua-nominees', { review: 'R-FINAL' });
    fill(w, COMMENT);
    send(w);
    await vi.waitFor(() =>
      expect(alertOf(w)).toBe(
        'Chưa gửi được ý kiến: không kết nối được máy chủ. Nội dung bạn đã nhập vẫn còn, vui lòng gửi lại sau.',
      ),
    );
    expect(field(w, 'body').value).toBe(COMMENT.body);
    expect(field(w, 'authorName').value).toBe(COMMENT.authorName);
    expect(commentsOf(w)).toBe('3 ý kiến (1 đã ẩn)');
    api.answers.set(POST, { status: 201, body: { commentId: 'C-1' } });
    send(w);
    await vi.waitFor(() => expect(statusOf(w)).toBe('Đã gửi ý kiến, cảm ơn bạn.'));
    expect(alertOf(w)).toBe('');
    expect(commentsOf(w)).toBe('4 ý kiến (1 đã ẩn)');
  });

  it('keeps a half-written comment and the caret’s field through a refresh that changes the list', async () => {
    const api = fakeApi({ [LIST]: NOMINEES });
    const w = await mount('thidua-nominees', { review: 'R-FINAL' });
    fill(w, { body: 'Tôi đang viết dở' });
    field(w, 'body').focus();
    api.answers.set(LIST, [{ ...NOMINEES[0]!, comments: 7 }, NOMINEES[1]!]);
    await w.el.load();
    expect(commentsOf(w)).toBe('7 ý kiến (1 đã ẩn)');
    expect(field(w, 'body').value).toBe('Tôi đang viết dở');
    expect(nominee(w).querySelector('form')?.hidden).toBe(false);
    expect(w.root.activeElement).toBe(field(w, 'body'));
  });
});
