/**
 * The frame of `<call-actions>`' open panel: a labelled group that Escape closes, with its Close
 * button after the body. Each panel's module (loaded when the panel is first opened:
 * panel-controller.ts) frames its body with it, so the frame comes with the first panel.
 */
import { html } from 'lit';
import { closeOnEscape } from '../../internal/escape.js';
import type { PanelBody } from './call-actions.view.js';

export function framed(body: PanelBody): PanelBody {
  return (
    v,
    h,
  ) => html`<div part="panel" id="panel" role="group" aria-label=${v.panel ? v.t.panels[v.panel] : ''}
      @keydown=${closeOnEscape(h.closePanel)}>
    ${body(v, h)}
    <button type="button" part="action" data-action="close-panel" @click=${h.closePanel}>${v.t.closePanel}</button>
  </div>`;
}
