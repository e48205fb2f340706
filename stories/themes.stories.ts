import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { loadElements } from '../src/index.js';
import { adoptTheme } from '../src/themes/theme.js';
import { onBridgeReady } from './support/story-setup.js';

// The main entry defines elements on demand; this story shows them all at once.
await loadElements();

adoptTheme();

/** Every element of the kit on one simulated workspace, an inbound callback accepted (the agent is talking). */
function allElements(): TemplateResult {
  return html`
    <callback-preview></callback-preview>
    <call-actions></call-actions>
    <disposition-picker></disposition-picker>
    <record-fields-editor></record-fields-editor>
    <agent-bridge-state></agent-bridge-state>
    <custom-toast open renderer="page" placement="inline" heading="Callback due in 5 min" subject="Grace Hopper"
      .keyValues=${{ Account: 'ACC-100482' }} .buttons=${['Call now', 'Snooze']}></custom-toast>`;
}

/** Every element on an accepted inbound callback. */
const talking = onBridgeReady(({ control }) => {
  control('startScenario', 'inbound-callback-asap');
  control('stepScenario');
});

const grid =
  'display:grid;grid-template-columns:repeat(auto-fill,minmax(20rem,1fr));gap:1rem;align-items:start;padding:1rem';

const meta: Meta = {
  title: 'Themes',
  parameters: { layout: 'fullscreen' },
};
export default meta;

/**
 * The kit's light and dark themes side by side: `data-adk-theme` on any element switches what is
 * inside it. The dark side speaks French: each element is a named region, and the same element
 * twice on one page, under the same name, would be two landmarks nobody can tell apart.
 */
export const LightAndDark: StoryObj = {
  render:
    () => html`<agent-bridge simulated data-story-setup="pending" @adk-bridge-ready=${talking}>
    <div style="display:grid;grid-template-columns:1fr 1fr">
      <div data-adk-theme="light" style=${grid}>${allElements()}</div>
      <div data-adk-theme="dark" lang="fr" style=${grid}>${allElements()}</div>
    </div>
  </agent-bridge>`,
};

/** No choice made: the theme follows the system (`prefers-color-scheme`). */
export const FollowsTheSystem: StoryObj = {
  render: () =>
    html`<agent-bridge simulated data-story-setup="pending" @adk-bridge-ready=${talking}><div style=${grid}>${allElements()}</div></agent-bridge>`,
};

/**
 * Re-themed to look at home in a typical CRM (a Lightning-like look): only tokens and CSS parts,
 * from the page's own stylesheet; not a line of the kit changed.
 */
export const AtHomeInACrm: StoryObj = {
  render: () => html`<style>
      .acme-crm {
        --adk-font-family: 'Salesforce Sans', Arial, sans-serif;
        --adk-font-size: 0.8125rem;
        --adk-font-size-small: 0.75rem;
        --adk-color-text: #181818;
        --adk-color-muted: #5c5c5c;
        --adk-color-surface: #ffffff;
        --adk-color-surface-raised: #f3f3f3;
        --adk-color-border: #c9c9c9;
        --adk-color-accent: #0b5cab;
        --adk-color-on-accent: #ffffff;
        --adk-color-danger: #ba0517;
        --adk-color-success: #2e844a;
        --adk-color-warning: #8c4b02;
        --adk-color-state-ringing: #8c4b02;
        --adk-color-state-connected: #2e844a;
        --adk-color-state-held: #5a1ba9;
        --adk-radius: 0.25rem;
        --adk-space-2: 0.5rem;
        --adk-space-3: 1rem;
        --adk-focus-ring: 2px solid #1b96ff;
        background: #f3f2f2;
        color: #181818;
        min-height: 100vh;
      }
      .acme-crm header { background: #032d60; color: #fff; padding: 0.5rem 1rem; font: 600 1rem 'Salesforce Sans', Arial, sans-serif; }
      .acme-crm :is(callback-preview, call-actions, disposition-picker, record-fields-editor, agent-bridge-state)::part(base) {
        border: 1px solid #dddbda;
        border-radius: 0.25rem;
        box-shadow: 0 2px 2px rgb(0 0 0 / 0.1);
        background: #ffffff;
      }
      /* The console's dark toasts: the toast's own tokens, then its parts. */
      .acme-crm custom-toast { --adk-color-surface: #444444; --adk-color-text: #ffffff; --adk-color-muted: #d8d8d8; --adk-color-accent: #ffffff; }
      .acme-crm custom-toast::part(base) { border: 0; border-radius: 0.25rem; }
      .acme-crm custom-toast::part(button) { background: transparent; color: #ffffff; border-color: #ffffff; }
    </style>
    <div class="acme-crm">
      <header>Acme CRM · Service Console</header>
      <agent-bridge simulated data-story-setup="pending" @adk-bridge-ready=${talking}><div style=${grid}>${allElements()}</div></agent-bridge>
    </div>`,
};
