/**
 * The details of `<click-to-dial>`'s request events (typed in `src/events.ts`): `adk-dial`
 * (cancelable, before `voice.dial`) and `adk-dial-result` (after the workspace answered).
 */
import type { UserData } from '../../bridge/api.js';
import type { ResultDetail } from '../../internal/requests.js';

export interface DialDetail {
  /** The number as the page wrote it (a `tel:` link's, or the number attribute's). */
  number: string;
  /** What `voice.dial` is given: E.164 for a phone number, an extension as written. */
  destination: string;
  /** The user data attached to the call (the element's `userData` and the number's `data-user-data`). */
  userData: UserData;
}

export type DialResultDetail = ResultDetail<DialDetail>;
