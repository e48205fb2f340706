// The width check itself (test/support/overflow.ts) must see what it is there to see: content
// sticking out, sideways scrolling, a row of buttons stacked one per line, an element wider than
// its container; and must not see the visually-hidden pattern or a fixed layer.
import { expect, fixture, html } from '@open-wc/testing';
import { overflows, overflowsAtWidths } from './overflow.js';

class Boxed extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }
  set content(markup: string) {
    this.shadowRoot!.innerHTML = `<style>:host{display:block}</style>${markup}`;
  }
}
customElements.define('x-boxed', Boxed);

async function boxed(markup: string, width = 300) {
  const host = await fixture<HTMLDivElement>(
    html`<div style="width:${width}px"><x-boxed></x-boxed></div>`,
  );
  const el = host.firstElementChild as Boxed;
  el.content = markup;
  return { host, el };
}

describe('overflow check', () => {
  it('is quiet for content that fits, the visually-hidden pattern and a fixed layer', async () => {
    const { el } = await boxed(`<p>Fits</p>
      <span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap">A very long announcement that is not shown on screen at all</span>
      <div style="position:fixed;left:0;width:2000px">toast layer</div>`);
    expect(overflows(el)).to.deep.equal([]);
  });

  it('names the outermost box that sticks out, once', async () => {
    const { el } = await boxed(`<div part="times" style="width:420px"><span>inner</span></div>`);
    expect(overflows(el)).to.deep.equal(['<div[part=times]> "inner" sticks out 120 px']);
  });

  it('sees sideways scrolling and an element wider than its container', async () => {
    const { el } = await boxed(
      `<div style="overflow-x:auto"><div style="width:500px">wide</div></div>`,
    );
    expect(overflows(el)[0]).to.match(/scrolls sideways \(500 > 300\)/);
    const { host, el: wide } = await boxed('', 300);
    wide.style.width = '350px';
    expect(overflows(wide, host)[0]).to.equal('<x-boxed> is 50 px wider than its container');
  });

  it('sees buttons stacked one per line when two would fit', async () => {
    const { el } = await boxed(
      `<div class="row" style="display:grid;justify-items:start"><button>Hold</button><button>End</button><button>Mute</button></div>`,
    );
    expect(overflows(el)).to.deep.equal([
      '<div.row> "HoldEndMute" stacks its 3 buttons one per line',
    ]);
  });

  it('lays the container out at each width and restores it', async () => {
    const { host, el } = await boxed(`<div style="min-width:400px">min 400</div>`, 1000);
    const problems = await overflowsAtWidths(el, host, [280, 480]);
    expect(problems).to.deep.equal(['280 px: <div> "min 400" sticks out 120 px']);
    expect(host.style.width).to.equal('1000px');
  });
});
