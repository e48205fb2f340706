import type { en } from './en.js';

type Widen<T> = T extends (...args: infer A) => string
  ? (...args: A) => string
  : T extends string
    ? string
    : { [K in keyof T]: Widen<T[K]> };

/** The shape every catalogue implements: English's sections, keys and parameters. */
export type Messages = Widen<typeof en>;
