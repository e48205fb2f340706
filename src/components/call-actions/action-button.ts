/**
 * The one button every action of `<call-actions>` (and its keypad and forms) renders. A
 * disallowed action stays focusable with `aria-disabled="true"`, says why to the mouse
 * (`title`) and to a screen reader (`aria-describedby` → a hidden reason in the same shadow
 * root), and ignores clicks. A pending one is `aria-busy`. With an icon, the label stays the
 * button's name (and its tooltip), shown beside the icon unless the panel is too narrow. The
 * reason's element stays (holding a space) while the action is available: a button that becomes
 * unavailable, or shows another action (the toolbar's buttons update in place), changes a text
 * and attributes, it adds or removes no node.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { icon, type IconName } from '../../internal/icons.js';

export interface ActionButtonOptions {
  /** `data-action`, and the id stem of the reason. */
  action: string;
  label: string;
  /** Why the action is not available; `null` when it is. */
  reason: string | null;
  pending?: boolean;
  /** For toggles (mute): `aria-pressed`; `null` = state unknown. */
  pressed?: boolean | null;
  /** For disclosure buttons: `aria-expanded` and `aria-controls`. */
  expanded?: boolean;
  controls?: string;
  part?: string;
  /** Out of sight (and of the tab order), its reason kept. */
  hidden?: boolean;
  /** A decorative icon before the label. */
  icon?: IconName;
  onClick: () => void;
}

export function actionButton(o: ActionButtonOptions): TemplateResult {
  const disabled = o.reason !== null;
  const whyId = `why-${o.action}`;
  return html`<button
      type="button"
      part=${o.part ?? 'action'}
      ?hidden=${o.hidden}
      data-action=${o.action}
      aria-disabled=${disabled ? 'true' : nothing}
      aria-describedby=${disabled ? whyId : nothing}
      aria-busy=${o.pending ? 'true' : nothing}
      aria-pressed=${o.pressed ?? nothing}
      aria-expanded=${o.expanded ?? nothing}
      aria-controls=${o.controls ?? nothing}
      title=${disabled ? o.reason! : o.icon ? o.label : nothing}
      @click=${() => {
        if (!disabled) o.onClick();
      }}
    >${o.icon ? html`${icon(o.icon)}<span class="label">${o.label}</span>` : o.label}</button><span id=${whyId} class="visually-hidden">${o.reason ?? ' '}</span>`;
}
