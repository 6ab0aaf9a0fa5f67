// The iframe page (embed.html?widget=leaderboard&kind=commune&lang=en) for portals that allow no scripts: the page
// is served with frame-ancestors listing the portal origins, and shows one widget from its address.
const PASSED = ['lang', 'kind', 'year', 'years', 'group', 'review', 'limit', 'refresh', 'search', 'sector'];

export const mountEmbed = (doc: Document, search: string, known: ReadonlySet<string>): void => {
  const slot = doc.querySelector('[data-thidua-embed]');
  if (!slot) return;
  const params = new URLSearchParams(search);
  const name = `thidua-${params.get('widget') ?? ''}`;
  if (!known.has(name)) {
    slot.textContent = `Không có tiện ích "${params.get('widget') ?? ''}". Dùng widget=targets, leaderboard, deadlines, awards, showcase hoặc nominees. | Unknown widget.`;
    return;
  }
  const el = doc.createElement(name);
  for (const attr of PASSED) {
    const value = params.get(attr);
    if (value !== null) el.setAttribute(attr, value);
  }
  if (params.get('lang')) doc.documentElement.lang = params.get('lang') === 'en' ? 'en' : 'vi';
  slot.replaceChildren(el);
};
