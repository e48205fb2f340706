// The kit's theme: tokens under --adk-* on :root, light and dark (system or data-adk-theme),
// forced colours. Every kit element, in every state its stories show, changes its computed
// styles with the theme and passes axe's colour-contrast rule in both themes.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { COLOR_TOKENS, SCALE_TOKENS, publicColor } from '../../src/internal/styles.js';
import { adoptTheme, setTheme, themeCss, themeSheet } from '../../src/themes/theme.js';
import {
  deepElements,
  kitElements,
  kitNodes,
  kitStories,
  mountStory,
  settled,
  type KitElement,
} from '../support/kit-stories.js';

const elements: KitElement[] = await kitElements();
const tags = new Set(elements.map((e) => e.tag));

type Axe = {
  run(
    ctx: Element,
    opts: object,
  ): Promise<{
    violations: Array<{ id: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }>;
  }>;
};
declare global {
  interface Window {
    /** What axe-core's browser build defines when it loads. */
    axe?: Axe;
  }
}
async function axe(): Promise<Axe> {
  await import('axe-core/axe.min.js' as string);
  if (!window.axe) throw new Error('axe-core did not load');
  return window.axe;
}

/** What a theme changes: the colours of the host and of each of its parts. */
function look(el: Element): string {
  const of = (e: Element) => {
    const s = getComputedStyle(e);
    return `${s.color}/${s.backgroundColor}/${s.borderTopColor}/${s.outlineColor}`;
  };
  return [
    of(el),
    ...[...(el.shadowRoot?.querySelectorAll('[part]') ?? [])].map(
      (p) => `${p.getAttribute('part')}=${of(p)}`,
    ),
  ].join(';');
}

describe('theme stylesheet', () => {
  it("declares every token, in both themes, from the elements' own table", () => {
    for (const t of SCALE_TOKENS) expect(themeCss).to.contain(`--adk-${t.name}: ${t.value};`);
    for (const t of COLOR_TOKENS) {
      expect(themeCss).to.contain(`${publicColor(t)}: ${t.light};`);
      expect(themeCss).to.contain(`${publicColor(t)}: ${t.dark};`);
      expect(themeCss).to.contain(`${publicColor(t)}: ${t.forced};`);
    }
    expect(themeCss).to.contain('--adk-focus-ring');
  });

  it('is adopted once, and switches with setTheme, the system, and any ancestor', async () => {
    expect(adoptTheme()).to.equal(themeSheet());
    adoptTheme();
    expect(document.adoptedStyleSheets.filter((s) => s === themeSheet()).length).to.equal(1);
    const root = getComputedStyle(document.documentElement);
    const text = () =>
      getComputedStyle(document.documentElement).getPropertyValue('--adk-color-text').trim();
    try {
      await emulateMedia({ colorScheme: 'light' });
      expect(text()).to.equal('#1d2230');
      await emulateMedia({ colorScheme: 'dark' });
      expect(text()).to.equal('#e7eaf0');
      setTheme('light');
      expect(text()).to.equal('#1d2230'); // the page's choice wins over the system's
      setTheme('dark');
      await emulateMedia({ colorScheme: 'light' });
      expect(text()).to.equal('#e7eaf0');
      const panel = await fixture<HTMLElement>(
        html`<div data-adk-theme="light"><span>x</span></div>`,
      );
      expect(
        getComputedStyle(panel.firstElementChild!).getPropertyValue('--adk-color-text').trim(),
      ).to.equal('#1d2230');
      expect(root.getPropertyValue('--adk-space-2').trim()).to.equal('0.5rem');
    } finally {
      setTheme('auto');
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('checks colour contrast for real (a poor pair fails)', async () => {
    const el = await fixture<HTMLElement>(
      html`<div><p style="color:#9a9a9a;background:#ababab">Low contrast</p></div>`,
    );
    const result = await (
      await axe()
    ).run(el, { runOnly: { type: 'rule', values: ['color-contrast'] } });
    expect(result.violations.map((v) => v.id)).to.deep.equal(['color-contrast']);
  });

  it('gives elements the same colours as their own defaults', async () => {
    const el = await fixture<HTMLElement>(html`<agent-bridge-state></agent-bridge-state>`);
    const base = () => getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!);
    const before = [base().color, base().backgroundColor, base().borderTopColor];
    try {
      setTheme('light');
      expect([base().color, base().backgroundColor, base().borderTopColor]).to.deep.equal(before);
      setTheme('dark');
      expect(base().backgroundColor).to.equal('rgb(23, 27, 36)');
    } finally {
      setTheme('auto');
    }
  });

  it('maps every colour to a system colour under forced-colors, in the elements and in the page', async () => {
    const el = await fixture<HTMLElement>(html`<agent-bridge-state></agent-bridge-state>`);
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules]);
    const forced = rules.find(
      (r): r is CSSMediaRule =>
        r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'),
    )!;
    const host = forced.cssRules[0] as CSSStyleRule;
    for (const t of COLOR_TOKENS)
      expect(
        host.style.getPropertyValue(`--_adk-${t.name.replace(/^state-/, '')}`).trim(),
        t.name,
      ).to.equal(t.forced);
    const page = [...themeSheet().cssRules].find(
      (r): r is CSSMediaRule =>
        r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'),
    )!;
    expect(
      (page.cssRules[0] as CSSStyleRule).style.getPropertyValue('--adk-color-accent').trim(),
    ).to.equal('Highlight');
  });
});

describe('every kit element in both themes', function () {
  this.timeout(300_000);
  const changed = new Map<string, boolean>();
  const contrast: string[] = [];

  // Colour contrast is measured at rest: no fade-ins half done (a background page may not finish them).
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    adoptTheme();
    const a = await axe();
    for (const story of await kitStories(elements)) {
      const { root, unmount } = await mountStory(story, tags);
      const looks: Record<string, Map<Element, string>> = {};
      for (const theme of ['light', 'dark'] as const) {
        root.setAttribute('data-adk-theme', theme);
        await settled(root, tags);
        looks[theme] = new Map(kitNodes(root, tags).map((el) => [el, look(el)]));
        if (!looks[theme].size) continue;
        const result = await a.run(root, {
          runOnly: { type: 'rule', values: ['color-contrast'] },
          resultTypes: ['violations'],
        });
        for (const v of result.violations) {
          for (const n of v.nodes)
            contrast.push(
              `${story.file}/${story.name} (${theme}): ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`,
            );
        }
      }
      for (const [el, light] of looks.light) {
        if (!el.isConnected || deepElements(el.shadowRoot ?? el).length === 0) continue;
        changed.set(
          el.localName,
          (changed.get(el.localName) ?? false) || light !== looks.dark.get(el),
        );
      }
      unmount();
    }
  });

  it("passes axe's colour-contrast rule in the light and the dark theme", () => {
    expect(contrast, contrast.join('\n')).to.deep.equal([]);
  });

  for (const { tag } of elements) {
    it(`<${tag}> changes its computed styles with the theme`, function () {
      if (!changed.has(tag)) this.skip(); // no story draws it (the parts test says so)
      expect(changed.get(tag)).to.equal(true);
    });
  }
});
