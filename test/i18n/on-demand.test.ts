// Languages other than English load on demand: this page imports <call-actions> alone and no
// French, as a page would. The French strings of an element come over the network the first time
// it shows French, and only its own sections; an English page asks for no French at all; a
// page's own catalogue needs no loading. (What an entry carries up front is checked on the build
// by `npm run size`.)
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/call-actions/call-actions.js';
import { callActions as english } from '../../src/i18n/en/call-actions.js';
import {
  loadMessages,
  messagesFor,
  messagesLoaded,
  registerMessages,
} from '../../src/i18n/localize.js';

// Room for every module this page fetches (the default keeps 250 entries).
performance.setResourceTimingBufferSize(10_000);

/** The kit's French modules this page has fetched so far. */
const frenchFetched = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.includes('/src/i18n/fr'))
    .map((p) => p.replace(/^.*\/src\/i18n\//, '').replace(/\.ts$/, '.js'));

/** Whether this page has fetched the kit's table of the languages it ships (loaded with the first). */
const languagesFetched = () =>
  performance
    .getEntriesByType('resource')
    .some((e) => new URL(e.name).pathname.endsWith('/src/i18n/languages.ts'));

const shown = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('languages on demand', () => {
  it('an English page fetches no French', async () => {
    const el = await fixture(html`<call-actions></call-actions>`);
    await messagesLoaded();
    expect(shown(el)).to.contain(english.notConnected);
    expect(frenchFetched()).to.deep.equal([]);
    expect(languagesFetched(), 'nor the table of the languages the kit ships').to.equal(false);
  });

  it('an en-US page fetches nothing either', async () => {
    const el = await fixture(html`<call-actions lang="en-US"></call-actions>`);
    await messagesLoaded();
    expect(shown(el)).to.contain(english.notConnected);
    expect(frenchFetched()).to.deep.equal([]);
    expect(languagesFetched()).to.equal(false);
  });

  it('an element switched to French updates once its French has arrived, and shows it', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<call-actions></call-actions>`,
    );
    el.setAttribute('lang', 'fr');
    await Promise.resolve(); // a MutationObserver sees the language, and asks for an update
    await el.updateComplete; // includes the load: the element never shows English meanwhile
    const { callActions: french } = await import('../../src/i18n/fr/call-actions.js');
    expect(shown(el)).to.contain(french.notConnected);
    expect(shown(el)).to.not.contain(english.notConnected);
    expect(languagesFetched(), 'the languages came with the first French').to.equal(true);
    expect(messagesFor('fr').callActions).to.equal(french);
    expect(messagesFor('fr-CA').callActions).to.equal(french);
  });

  it('an element created in French renders French first', async () => {
    const texts: string[] = [];
    const el = document.createElement('call-actions') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    el.lang = 'fr-CA';
    document.body.append(el);
    const seen = new MutationObserver(() => texts.push(shown(el)));
    seen.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await el.updateComplete;
    texts.push(shown(el));
    seen.disconnect();
    el.remove();
    expect(texts.filter((t) => t.includes(english.notConnected))).to.deep.equal([]);
  });

  it('fetches only the sections of the elements shown in French, once', async () => {
    await messagesLoaded();
    const fetched = frenchFetched();
    expect(fetched).to.include.members(['fr/call-actions.js', 'fr/actions.js']);
    expect(fetched).to.not.include('fr/record-fields.js');
    expect(fetched).to.not.include('fr/disposition-picker.js');
    expect(fetched).to.not.include('fr.js');
    expect(new Set(fetched).size).to.equal(fetched.length);
  });

  it("shows a page's own catalogue at once, without fetching", async () => {
    const before = frenchFetched().length;
    const fr = messagesFor('fr');
    registerMessages('de', {
      ...fr,
      callActions: { ...fr.callActions, notConnected: 'Keine Verbindung' },
    });
    const el = await fixture(html`<call-actions lang="de"></call-actions>`);
    expect(shown(el)).to.contain('Keine Verbindung');
    expect(frenchFetched().length).to.equal(before);
  });

  it('loadMessages loads a whole language', async () => {
    const fr = await loadMessages('fr');
    const { recordFields } = await import('../../src/i18n/fr/record-fields.js');
    expect(fr.recordFields).to.equal(recordFields);
    expect(frenchFetched()).to.include('fr/record-fields.js');
  });
});
