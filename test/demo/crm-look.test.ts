// The demo's CRM page: its theme switch re-themes the kit's elements and the page's own parts;
// its language switch re-words both; the choice is kept for the next visit.
import { expect } from '@open-wc/testing';
import { until } from '../support/until.js';

async function openCrm(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'CRM page';
  frame.style.cssText = 'width:1024px;height:800px;border:0';
  frame.src = '/demo/crm.html?simulated';
  document.body.append(frame);
  await until(
    () => frame.contentDocument?.querySelector('agent-bridge-state')?.shadowRoot?.textContent,
    'the CRM page rendered the bridge state',
    8000,
  );
  // The page's modules load after the kit: wait for the switches' module (it adopts the theme).
  await until(() => frame.contentDocument!.adoptedStyleSheets.length > 0, 'the page theme adopted');
  return frame;
}

const bg = (el: Element) => getComputedStyle(el).backgroundColor;
/** Relative luminance of an `rgb(…)` colour, 0 (black) … 1 (white). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

describe('demo CRM page: theme and language', () => {
  afterEach(() => {
    localStorage.removeItem('acme-crm:look');
    for (const f of document.querySelectorAll('iframe[title="CRM page"]')) f.remove();
  });

  it('the theme switch re-themes the page and the elements; the language switch re-words both', async () => {
    const frame = await openCrm();
    const doc = frame.contentDocument!;
    const card = doc.querySelector('section.card')!;
    const state = doc.querySelector('agent-bridge-state')!;
    const base = () => state.shadowRoot!.querySelector('[part~="base"]') ?? state;
    const theme = doc.getElementById('theme-switch') as HTMLSelectElement;
    theme.value = 'light';
    theme.dispatchEvent(new Event('change'));
    expect(luminance(bg(card))).to.be.greaterThan(0.8);
    theme.value = 'dark';
    theme.dispatchEvent(new Event('change'));
    await until(() => luminance(bg(card)) < 0.2, 'the page card turned dark');
    expect(luminance(getComputedStyle(doc.body).color)).to.be.greaterThan(0.7);
    expect(
      luminance(getComputedStyle(base()).color),
      'the element text is light',
    ).to.be.greaterThan(0.7);

    const lang = doc.getElementById('language-switch') as HTMLSelectElement;
    const englishState = state.shadowRoot!.textContent;
    lang.value = 'fr';
    lang.dispatchEvent(new Event('change'));
    expect(doc.documentElement.lang).to.equal('fr');
    expect(doc.getElementById('state-title')!.textContent).to.equal('Espace de travail de l’agent');
    await until(() => state.shadowRoot!.textContent !== englishState, 'the element re-worded');
    expect(JSON.parse(localStorage.getItem('acme-crm:look')!)).to.deep.equal({
      theme: 'dark',
      lang: 'fr',
    });
    const page = doc.scrollingElement!;
    expect(page.scrollWidth, 'no sideways scrolling at 1,024 px').to.be.at.most(page.clientWidth);
  });
});

describe('demo CRM page: switching interactions', () => {
  afterEach(() => {
    for (const f of document.querySelectorAll('iframe[title="CRM page"]')) f.remove();
  });

  it('lists the open interactions in the callback area', async () => {
    const frame = await openCrm();
    const doc = frame.contentDocument!;
    await until(() => doc.querySelector('interaction-list')?.shadowRoot, 'the list rendered');
    const provider = doc.getElementById('bridge') as HTMLElement & {
      simulation?: { control: (cmd: string, ...args: unknown[]) => Promise<unknown> };
    };
    await until(() => provider.simulation, 'the simulated workspace');
    await provider.simulation!.control('startScenario', 'inbound-callback-asap');
    const list = doc.querySelector('interaction-list')!;
    await until(() => list.shadowRoot!.querySelectorAll('[role="option"]').length === 1, 'one row');
    expect(list.closest('#callback-area')).to.exist;
  });
});
