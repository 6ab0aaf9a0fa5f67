// Builds DOM nodes from data without innerHTML: every API text lands as text, never as markup.
type Child = Node | string | number | null | undefined | false;

export const h = (
  tag: string,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElement => {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    // A style attribute is inline CSS, which a portal's Content-Security-Policy may block: use classes instead.
    if (name === 'style' || name.startsWith('on')) throw new Error(`h(): no ${name} attribute`);
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'object' ? c : String(c));
  }
  return el;
};
