// The ARIA toolbar pattern: one tab stop, arrows (mirrored in RTL), Home/End, wrapping, and the
// tab stop follows the control last used.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { RovingToolbar, rovingTarget, toolbarItems } from '../../src/internal/roving-toolbar.js';

class XBar extends LitElement {
  toolbar = new RovingToolbar(this, () => this.renderRoot.querySelector('[role=toolbar]'));
  hideSecond = false;
  static properties = { hideSecond: { type: Boolean } };
  render() {
    return html`<button id="before">before</button>
      <div role="toolbar" aria-label="Call" @keydown=${this.toolbar.onKeydown} @focusin=${this.toolbar.onFocusin}>
        <button id="a">End call</button>
        <button id="b" ?hidden=${this.hideSecond}>Hold</button>
        <button id="c" aria-disabled="true">Resume</button>
        <div role="menu" hidden><button role="menuitem" id="m">Record</button></div>
      </div>
      <button id="after">after</button>`;
  }
}
customElements.define('x-roving-bar', XBar);

const active = (el: XBar) => el.shadowRoot!.activeElement?.id;

describe('RovingToolbar', () => {
  it('moves with arrows, wraps, and mirrors left and right in RTL', () => {
    expect(rovingTarget('ArrowRight', 0, 3)).to.equal(1);
    expect(rovingTarget('ArrowDown', 2, 3)).to.equal(0);
    expect(rovingTarget('ArrowLeft', 0, 3)).to.equal(2);
    expect(rovingTarget('Home', 2, 3)).to.equal(0);
    expect(rovingTarget('End', 0, 3)).to.equal(2);
    expect(rovingTarget('ArrowRight', 0, 3, { rtl: true })).to.equal(2);
    expect(rovingTarget('ArrowLeft', 0, 3, { rtl: true })).to.equal(1);
    expect(rovingTarget('ArrowDown', 0, 3, { rtl: true })).to.equal(1);
    expect(rovingTarget('Enter', 0, 3)).to.equal(null);
    expect(rovingTarget('ArrowRight', 0, 0)).to.equal(null);
  });

  it('moves a vertical list without wrapping: Up and Down only, stopping at the ends (a listbox)', () => {
    const list = { wrap: false, orientation: 'vertical' } as const;
    expect(rovingTarget('ArrowDown', 0, 3, list)).to.equal(1);
    expect(rovingTarget('ArrowDown', 2, 3, list)).to.equal(2);
    expect(rovingTarget('ArrowUp', 0, 3, list)).to.equal(0);
    expect(rovingTarget('End', 0, 3, list)).to.equal(2);
    expect(rovingTarget('Home', 2, 3, list)).to.equal(0);
    expect(rovingTarget('ArrowRight', 0, 3, list)).to.equal(null);
    expect(rovingTarget('ArrowLeft', 1, 3, list)).to.equal(null);
  });

  it('gives the toolbar one tab stop and moves between its shown controls with the keyboard', async () => {
    const el = await fixture<XBar>(html`<x-roving-bar></x-roving-bar>`);
    const bar = el.shadowRoot!.querySelector('[role=toolbar]')!;
    expect(toolbarItems(bar).map((b) => b.id)).to.deep.equal(['a', 'b', 'c']);
    expect(toolbarItems(bar).map((b) => b.tabIndex)).to.deep.equal([0, -1, -1]);
    el.shadowRoot!.querySelector<HTMLElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal('a');
    await sendKeys({ press: 'ArrowRight' });
    expect(active(el)).to.equal('b');
    await sendKeys({ press: 'ArrowRight' });
    expect(active(el), 'an unavailable control stays reachable').to.equal('c');
    await sendKeys({ press: 'ArrowRight' });
    expect(active(el), 'wraps').to.equal('a');
    await sendKeys({ press: 'End' });
    expect(active(el)).to.equal('c');
    await sendKeys({ press: 'Tab' });
    expect(active(el), 'one tab stop: Tab leaves the toolbar').to.equal('after');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(active(el), 'the tab stop stays on the control last used').to.equal('c');
  });

  it('moves the tab stop off a control that is hidden', async () => {
    const el = await fixture<XBar>(html`<x-roving-bar></x-roving-bar>`);
    el.shadowRoot!.querySelector<HTMLElement>('#b')!.focus();
    el.hideSecond = true;
    await el.updateComplete;
    const bar = el.shadowRoot!.querySelector('[role=toolbar]')!;
    expect(toolbarItems(bar).map((b) => `${b.id}:${b.tabIndex}`)).to.deep.equal(['a:0', 'c:-1']);
  });

  it('places the tab stop after an update without asking for a layout (no box is read)', async () => {
    const el = await fixture<XBar>(html`<x-roving-bar></x-roving-bar>`);
    const read = Element.prototype.getClientRects;
    let reads = 0;
    Element.prototype.getClientRects = function (this: Element) {
      reads++;
      return read.call(this);
    };
    try {
      el.hideSecond = true;
      await el.updateComplete;
    } finally {
      Element.prototype.getClientRects = read;
    }
    expect(reads, 'boxes read during the update').to.equal(0);
    const bar = el.shadowRoot!.querySelector('[role=toolbar]')!;
    expect(toolbarItems(bar).map((b) => `${b.id}:${b.tabIndex}`)).to.deep.equal(['a:0', 'c:-1']);
  });
});
