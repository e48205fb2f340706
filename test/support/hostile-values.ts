// Values a workspace (or a page) could hand a reader that never throws: odd numbers, a bigint,
// a symbol, a function, cyclic objects, a date, a NUL and a blank string.
export function hostileValues(): unknown[] {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  return [
    NaN,
    Infinity,
    -0,
    10n,
    Symbol('s'),
    () => 1,
    cyclic,
    [cyclic],
    new Date(0),
    '\u0000',
    ' ',
  ];
}
