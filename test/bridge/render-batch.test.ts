// Unit tests of the render batching (src/bridge/render-batch.ts) and its use by KitElement.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { deferToNextTask, nextTask, takeDeferred } from '../../src/bridge/render-batch.js';
import { KitElement } from '../../src/internal/kit-element.js';

@customElement('batch-probe')
class BatchProbe extends KitElement {
  renders = 0;
  value = 0;
  protected override render() {
    this.renders++;
    return html`${this.value}`;
  }
}

describe('render batching', () => {
  it('nextTask resolves after the messages already queued, and is shared until then', async () => {
    const seen: string[] = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => seen.push('queued');
    channel.port2.postMessage(null);
    const a = nextTask();
    expect(nextTask()).to.equal(a);
    await a;
    seen.push('next task');
    expect(seen).to.deep.equal(['queued', 'next task']);
    channel.port1.close();
  });

  it('marks are taken once', () => {
    const host = {};
    expect(takeDeferred(host)).to.equal(false);
    deferToNextTask(host);
    expect(takeDeferred(host)).to.equal(true);
    expect(takeDeferred(host)).to.equal(false);
  });

  it('a deferred update renders once for changes made until the next task; updateComplete waits for it', async () => {
    const el = document.createElement('batch-probe') as BatchProbe;
    document.body.append(el);
    await el.updateComplete;
    const before = el.renders;
    deferToNextTask(el);
    el.value = 1;
    el.requestUpdate();
    // Changes in later tasks queued before the next task, as a burst of workspace events.
    await new Promise<void>((r) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        el.value = 2;
        el.requestUpdate();
        ch.port1.close();
        r();
      };
      ch.port2.postMessage(null);
    });
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('2');
    expect(el.renders - before).to.equal(1);
    el.remove();
  });
});
