// No string is hard-coded in a template: every module of src/components/ (the list comes from
// custom-elements.json) is read as the test server serves it, and its html`` templates must
// hold no letters of their own (the rule: test/support/template-text.ts, README "Language").
import { expect } from '@open-wc/testing';
import { hardCodedTexts } from '../support/template-text.js';

describe('the template rule', () => {
  it('flags words between tags and in text attributes, not expressions, tags or punctuation', () => {
    const t = (s: string) => hardCodedTexts(s);
    expect(t('html`<p part="x" class="a b">${t.title} · ${n}</p>`')).to.deep.equal([]);
    expect(
      t('html`<button aria-label=${t.close} @click=${() => f(`x${"}"}`)}>×</button>`'),
    ).to.deep.equal([]);
    expect(t('html`<style>p { color: red }</style><span>&nbsp;—&nbsp;</span>`')).to.deep.equal([]);
    expect(t('html`<p>Not connected</p>`')).to.deep.equal(['Not connected']);
    expect(t('html`<p>${a} items</p>`')).to.deep.equal(['items']);
    expect(t('html`<input placeholder="Search" .value=${v} />`')).to.deep.equal([
      'placeholder="Search"',
    ]);
    expect(t('html`<img alt="Icon ${n}" />`')).to.deep.equal(['alt="Icon ${…}"']);
    expect(t('html`<ul>${xs.map((x) => html`<li>Item ${x}</li>`)}</ul>`')).to.deep.equal(['Item']);
    expect(t('const s = `plain text, not a template`;')).to.deep.equal([]);
  });
});

describe("the kit's templates", () => {
  it('hold no hard-coded words', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: Array<{ path: string }>;
    };
    const paths = manifest.modules
      .map((m) => m.path)
      .filter((p) => p.startsWith('src/components/'));
    expect(paths.length).to.be.greaterThan(5);
    const found: string[] = [];
    let withTemplates = 0;
    for (const path of paths) {
      const source = await (await fetch(`/${path}`)).text();
      if (/\bhtml`/.test(source)) withTemplates++;
      for (const text of hardCodedTexts(source)) found.push(`${path}: ${text}`);
    }
    expect(withTemplates).to.be.greaterThan(5);
    expect(found, found.join('\n')).to.deep.equal([]);
  });
});
