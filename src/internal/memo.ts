/**
 * `memoOne(fn)`: `fn` computed once per input change — the last arguments and result are kept,
 * and a call with the same arguments (by identity) returns the same result. The store's state
 * and interactions are immutable, so "same object" means "nothing changed" (e.g. a call's status
 * derived from the followed interaction is worked out again only when an interaction changed,
 * not on every clock tick or unrelated render).
 */
export function memoOne<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A): R => {
    if (
      last &&
      last.args.length === args.length &&
      last.args.every((a, i) => Object.is(a, args[i]))
    )
      return last.result;
    last = { args, result: fn(...args) };
    return last.result;
  };
}
