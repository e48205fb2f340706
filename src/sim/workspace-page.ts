/**
 * The demo's workspace page (demo/workspace.html): the simulated agent workspace, with the
 * client page (a CRM) in an iframe beside the sim panel — the real topology, host outside,
 * client inside, on two origins.
 *
 * `?client=<url>` picks the client page; by default it is demo/crm.html on the OTHER hostname
 * (localhost ↔ 127.0.0.1, same port), so the two really are cross-origin. The host accepts
 * that page's origin with every request: `service-client-api.accepted-web-content-origins =
 * <client origin> (*)`. A parent or opener window may drive the page over the control channel.
 */
import { clientUrl } from './client-url.js';
import { attachControl } from './control.js';
import { SimHost } from './host.js';
import './panel.js';

declare global {
  interface Window {
    /** The workspace page's simulated workspace (demo/workspace.html, test/fixtures/sim-host.html). */
    simHost?: SimHost;
  }
}

export function startWorkspacePage(root: HTMLElement = document.body): SimHost {
  const url = clientUrl();
  const host = new SimHost({
    window,
    options: { 'service-client-api.accepted-web-content-origins': `${url.origin} (*)` },
  });
  attachControl(host, { window });

  const frame = document.createElement('iframe');
  frame.title = `Client page: ${url.host}${url.pathname}`;
  frame.src = url.href;
  frame.className = 'client';
  const panel = document.createElement('sim-scenario-panel');
  panel.host = host;
  panel.className = 'panel';
  (root.querySelector('main') ?? root).append(frame, panel);
  window.simHost = host;
  return host;
}

startWorkspacePage();
