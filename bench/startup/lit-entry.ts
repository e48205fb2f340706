/** The startup benchmark's baseline bundle: Lit alone, five trivial elements rendered. */
import { LitElement, html } from 'lit';

class TrivialElement extends LitElement {
  static override properties = { label: {} };
  label = '';
  override render() {
    return html`<p part="base">${this.label}</p>`;
  }
}

export async function start(): Promise<() => void> {
  const elements: TrivialElement[] = [];
  for (let i = 0; i < 5; i++) {
    const tag = `trivial-${i}`;
    customElements.define(tag, class extends TrivialElement {});
    const el = document.createElement(tag) as TrivialElement;
    el.label = tag;
    elements.push(el);
    document.body.append(el);
  }
  await Promise.all(elements.map((el) => el.updateComplete));
  return () => elements.forEach((el) => el.remove());
}
