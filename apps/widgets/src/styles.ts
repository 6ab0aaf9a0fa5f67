// The widgets' look, isolated in each shadow root; a portal restyles them only through these custom properties.
export const WIDGET_CSS = `
:host {
  display: block;
  box-sizing: border-box;
  font-family: var(--thidua-font, inherit);
  font-size: var(--thidua-font-size, 15px);
  line-height: 1.45;
  color: var(--thidua-color-text, #1f2933);
  background: var(--thidua-color-background, #ffffff);
  border: var(--thidua-border, 1px solid #d5dbe1);
  border-radius: var(--thidua-radius, 6px);
  padding: var(--thidua-padding, 12px 16px);
}
:host([hidden]) { display: none; }
*, *::before, *::after { box-sizing: inherit; }
h2 { font-size: 1.1em; margin: 0 0 8px; color: var(--thidua-color-heading, #8b1a1a); }
h3 { font-size: 1em; margin: 12px 0 4px; }
p { margin: 4px 0; }
ul { margin: 4px 0; padding-left: 1.2em; }
table { width: 100%; border-collapse: collapse; }
caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
th, td { padding: 4px 6px; border-bottom: 1px solid var(--thidua-color-rule, #e4e7eb); text-align: left; vertical-align: top; }
th.row-head { font-weight: 400; }
ul.plain { list-style: none; padding: 0; }
.actions:empty { display: none; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.muted { color: var(--thidua-color-muted, #52606d); font-size: 0.88em; }
.status { display: inline-block; padding: 0 6px; border-radius: 999px; font-size: 0.85em; white-space: nowrap; }
.status-met, .status-eligible, .status-on_time { background: var(--thidua-color-met-background, #e3f4e8); color: var(--thidua-color-met, #1e6b34); }
.status-not_met, .status-not_eligible, .status-late { background: var(--thidua-color-not-met-background, #fdeaea); color: var(--thidua-color-not-met, #a61b1b); }
.status-missing, .status-incomplete, .status-qualitative { background: #eef1f4; color: var(--thidua-color-muted, #52606d); }
.bar { height: 6px; background: var(--thidua-color-rule, #e4e7eb); border-radius: 3px; overflow: hidden; margin: 2px 0 6px; }
.bar > span { display: block; height: 100%; background: var(--thidua-color-accent, #b22222); }
.bar.met > span { background: var(--thidua-color-met, #1e6b34); }
.target { margin: 6px 0; }
.error { color: var(--thidua-color-not-met, #a61b1b); }
button { font: inherit; cursor: pointer; padding: 4px 10px; border: 1px solid var(--thidua-color-accent, #b22222); color: var(--thidua-color-accent, #b22222); background: transparent; border-radius: 4px; }
button:focus-visible, a:focus-visible { outline: 3px solid var(--thidua-color-focus, #1a56db); outline-offset: 2px; }
a { color: var(--thidua-color-link, #1a56db); }
.prose { white-space: pre-line; overflow-wrap: anywhere; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.field { margin: 8px 0; }
.field label { display: block; font-weight: 600; }
/* The comment form's fields (a widget's search box keeps its own size), 16px at least: a phone's browser zooms the
 * page into a smaller field when it takes focus. */
.field input, .field textarea { font: inherit; font-size: max(16px, 1em); width: 100%; padding: 6px 8px; color: inherit; background: var(--thidua-color-background, #ffffff); border: 1px solid #7b8794; border-radius: 4px; }
textarea { resize: vertical; }
input:focus-visible, textarea:focus-visible { outline: 3px solid var(--thidua-color-focus, #1a56db); outline-offset: 1px; }
.field [aria-invalid="true"] { border: 2px solid var(--thidua-color-not-met, #a61b1b); }
.field-error:empty { display: none; }
.comment button { min-height: 40px; }
button[aria-disabled="true"] { opacity: 0.6; cursor: progress; }
.ok { color: var(--thidua-color-met, #1e6b34); }
.skeleton { height: 0.9em; margin: 6px 0; border-radius: 3px; background: #eef1f4; }
@media (prefers-reduced-motion: no-preference) { .skeleton { animation: pulse 1.2s ease-in-out infinite; } }
@keyframes pulse { 50% { opacity: 0.5; } }
`;

let shared: CSSStyleSheet | undefined;

/** One constructed sheet for every widget (portals with a strict style-src still apply it); a <style> where unsupported. */
export const adoptStyles = (root: ShadowRoot): void => {
  if (
    'adoptedStyleSheets' in root &&
    typeof CSSStyleSheet !== 'undefined' &&
    'replaceSync' in CSSStyleSheet.prototype
  ) {
    shared ??= (() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(WIDGET_CSS);
      return sheet;
    })();
    root.adoptedStyleSheets = [shared];
    return;
  }
  const style = document.createElement('style');
  style.textContent = WIDGET_CSS;
  root.append(style);
};
