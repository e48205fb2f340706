/**
 * Why an action is not offered now, in the one shape `<call-actions>` (`Allowance`) and
 * `<callback-preview>` (`Availability`) give it: a reason from the element's own list (worded
 * from its catalogue), and what the reason is about. Types only.
 */
export interface Disabled<Reason extends string> {
  reason: Reason;
  /** What the reason is about: a state, a capability, a recording state or the mark-done warning. */
  detail?: string;
}
