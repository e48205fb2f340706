import { customElement, property, state } from 'lit/decorators.js';
import type { UserData } from '../../bridge/api.js';
import { BridgeController } from '../../bridge/controller.js';
import type { BridgeState } from '../../bridge/state.js';
import { actions } from '../../i18n/en/actions.js';
import { clickToDial } from '../../i18n/en/click-to-dial.js';
import { isLive } from '../../internal/call-status.js';
import { KitElement } from '../../internal/kit-element.js';
import { loadPhoneNumbers, PhoneController } from '../../internal/phone/phone-controller.js';
import { RequestController } from '../../internal/requests.js';
import { baseStyles } from '../../internal/styles.js';
import type { DialDetail } from './click-to-dial.events.js';
import { clickToDialStyles } from './click-to-dial.styles.js';
import { renderClickToDial } from './click-to-dial.view.js';
import {
  DEFAULT_NUMBER_ATTRIBUTE,
  numberOf,
  targetOf,
  targetSelector,
  userDataOf,
} from './dial-targets.js';

export type { DialDetail, DialResultDetail } from './click-to-dial.events.js';

/** A voice call is live (not ended): the agent is on a call. */
const onCall = (state: BridgeState | undefined) =>
  [...(state?.interactions.values() ?? [])].some(
    (ix) => (ix.media === undefined || ix.media === 'voice') && isLive(ix),
  );

/**
 * Makes the phone numbers inside it dial through the workspace (seed 003 `voice.dial`, the one
 * operation a page shown in a workspace tab may use): `tel:` links and elements carrying the
 * number in an attribute, also those added later (one listener on the element). A click, or
 * Enter, dials instead of following the link — never twice for a double click — with the page's
 * user data. Numbers are normalised with libphonenumber-js (loaded on first use): E.164 for phone
 * numbers, in the page's `default-country` when written nationally; up to five digits is an
 * extension, dialled as written. It says what happens: dialing, connected, or why not (the
 * workspace's own text: a refusal, the rate limit, a filter that forbids `voice.dial`).
 *
 * @summary Click-to-dial for the phone numbers of a CRM page.
 *
 * @attr default-country - ISO 3166 country (`US`, `FR`…) of numbers written without `+`; also the country shown in national form.
 * @attr number-attribute - The attribute holding a number on elements that are not `tel:` links (default `data-phone`). Such elements are made focusable (`tabindex="0"`, `role="link"`) when they are not.
 * @attr user-data - JSON object attached to every call (`voice.dial`'s `userData`); or set the `userData` property. A number's own `data-user-data` (JSON object, on it or an ancestor) is added over it.
 * @attr confirm - Ask the agent before dialing.
 * @attr busy-while-on-call - While the agent has a live voice call, dial nothing and say why.
 * @attr format - Show each number in readable form (national in `default-country`, else international) where its text is the number as written.
 * @prop {UserData} userData - The user data attached to every call.
 * @fires adk-dial - Before `voice.dial`; cancelable (`preventDefault()`: nothing is dialed). `detail: { number, destination, userData }`.
 * @fires adk-dial-result - After the workspace answered: the same detail plus `{ ok, error? }`.
 * @slot - The page content whose numbers dial.
 * @csspart notice - Why nothing was dialed before asking the workspace (not a number, on a call…); a polite live region.
 * @csspart status - Dialing, connected (a polite live region).
 * @csspart error - Why the workspace refused, in its words (an assertive live region).
 * @csspart confirm - The confirmation (with `confirm`).
 * @csspart confirm-dial - Its Call button.
 * @csspart confirm-cancel - Its Cancel button.
 */
@customElement('click-to-dial')
export class ClickToDialElement extends KitElement {
  static override styles = [baseStyles, clickToDialStyles];
  static override strings = { clickToDial, actions };

  @property({ attribute: 'default-country' }) defaultCountry = '';
  @property({ attribute: 'number-attribute' }) numberAttribute = DEFAULT_NUMBER_ATTRIBUTE;
  @property({ attribute: 'user-data', type: Object }) userData: UserData = {};
  @property({ type: Boolean }) confirm = false;
  @property({ type: Boolean, attribute: 'busy-while-on-call' }) busyWhileOnCall = false;
  @property({ type: Boolean }) format = false;

  @state() private notice = '';
  @state() private confirming: { display: string; answer(yes: boolean): void } | null = null;
  /** The last number dialed: its E.164 destination and readable form. */
  private dialed: { dial: string; display: string } | null = null;
  private starting = false;
  private readonly bridge = new BridgeController(this);
  private readonly requests = new RequestController<'dial'>(this);
  private readonly phone = new PhoneController(this);
  private readonly observer = new MutationObserver(() => this.decorate());

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.onClick);
    this.addEventListener('keydown', this.onKeydown);
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.onClick);
    this.removeEventListener('keydown', this.onKeydown);
    this.observer.disconnect();
    this.confirming?.answer(false);
  }

  protected override updated(): void {
    this.decorate();
  }

  protected override render() {
    const t = this.locale.t;
    const { status, error } = this.requests.regions(
      () => t.clickToDial.dial(this.dialed?.display ?? ''),
      t.actions,
    );
    return renderClickToDial(
      {
        confirming: this.confirming?.display ?? null,
        status: this.callStatus() ?? status,
        error,
        notice:
          this.busyWhileOnCall && onCall(this.bridge.state) ? t.clickToDial.onCall : this.notice,
      },
      { confirm: (yes) => this.confirming?.answer(yes) },
      t.clickToDial,
    );
  }

  /** Dialing / connected, while the call the element dialed is there. */
  private callStatus(): string | undefined {
    const d = this.dialed;
    if (!d || this.requests.latest?.phase !== 'done') return undefined;
    const call = [...(this.bridge.state?.interactions.values() ?? [])].find(
      (ix) => ix.direction === 'OUT' && ix.dnis === d.dial,
    );
    if (!call) return undefined;
    const t = this.locale.t.clickToDial;
    return call.state === 'TALKING' || call.state === 'HELD'
      ? t.connected(d.display)
      : t.dialing(d.display);
  }

  private readonly onClick = (event: MouseEvent): void => {
    const target = targetOf(event, this, this.numberAttribute);
    if (!target) return;
    event.preventDefault();
    if (event.detail > 1) return; // the second click of a double click
    void this.dial(target);
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const target = targetOf(event, this, this.numberAttribute);
    // A link clicks itself on Enter; other targets are made to.
    if (!target || event.key !== 'Enter' || target instanceof HTMLAnchorElement) return;
    event.preventDefault();
    void this.dial(target);
  };

  /** Dials `target`'s number; one dial at a time. */
  async dial(target: Element): Promise<void> {
    if (this.starting || this.requests.isPending('dial')) return;
    const t = this.locale.t.clickToDial;
    const bridge = this.bridge.bridge;
    this.notice = '';
    if (!bridge) return void (this.notice = t.notConnected);
    if (this.busyWhileOnCall && onCall(bridge.state)) return void (this.notice = t.onCall);
    const raw = numberOf(target, this.numberAttribute);
    const userData = userDataOf(target, this, this.userData ?? {});
    if (!userData) return void (this.notice = t.badUserData);
    this.starting = true;
    try {
      const n = (await loadPhoneNumbers()).dialNumber(raw, this.defaultCountry);
      if (!n.ok) return void (this.notice = t.invalid(raw.replace(/^tel:/i, '')));
      if (this.confirm && !(await this.ask(n.display))) return;
      this.dialed = n;
      const detail: DialDetail = { number: raw, destination: n.dial, userData };
      await this.requests.request('adk-dial', detail, 'dial', () => bridge.dial(n.dial, userData));
    } finally {
      this.starting = false;
    }
  }

  private ask(display: string): Promise<boolean> {
    return new Promise((resolve) => {
      this.confirming = {
        display,
        answer: (yes) => {
          this.confirming = null;
          resolve(yes);
        },
      };
    });
  }

  /** Makes number-attribute targets focusable, marks them while dialing is off, shows numbers readable. */
  private decorate(): void {
    const off = this.busyWhileOnCall && onCall(this.bridge.state);
    const numbers = this.format ? this.phone.numbers : undefined;
    for (const el of this.querySelectorAll(targetSelector(this.numberAttribute))) {
      if (!(el instanceof HTMLAnchorElement) && !el.hasAttribute('tabindex')) {
        el.setAttribute('tabindex', '0');
        if (!el.hasAttribute('role')) el.setAttribute('role', 'link');
      }
      if (off) el.setAttribute('aria-disabled', 'true');
      else el.removeAttribute('aria-disabled');
      const raw = numberOf(el, this.numberAttribute).replace(/^tel:/i, '');
      if (numbers && el.childElementCount === 0 && el.textContent?.trim() === raw) {
        const shown = numbers.readableNumber(raw, this.defaultCountry);
        if (shown !== raw) el.textContent = shown;
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'click-to-dial': ClickToDialElement;
  }
}
