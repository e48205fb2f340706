/**
 * A value as text for a message or a key, never throwing and never slow: strings untouched, the
 * rest as JSON, where a cycle reads `"[cyclic]"` and a bigint its digits. JSON.stringify on a cyclic
 * value throws, and in Chromium building that error costs about half a second (measured in the
 * test browser), so a workspace or page handing the kit a cyclic value would freeze it: the
 * replacer sees the cycle first.
 */
export function valueText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'bigint') return String(v);
  const open: object[] = [];
  try {
    return (
      JSON.stringify(v, function (this: unknown, _key: string, x: unknown) {
        if (typeof x === 'bigint') return String(x);
        if (typeof x !== 'object' || x === null) return x;
        // `this` is the object holding x: ancestors deeper than it are closed.
        while (open.length > 0 && open[open.length - 1] !== this) open.pop();
        if (open.includes(x)) return '[cyclic]';
        open.push(x);
        return x;
      }) ?? String(v)
    );
  } catch {
    return String(v); // a getter that throws, a toJSON that fails
  }
}

/** `valueText` cut to `max` characters, the cut marked with `ellipsis`. */
export function shortText(v: unknown, max: number, ellipsis = '…'): string {
  const s = valueText(v);
  return s.length > max ? `${s.slice(0, max - ellipsis.length)}${ellipsis}` : s;
}
