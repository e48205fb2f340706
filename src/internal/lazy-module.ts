/**
 * A module an element loads on demand rather than up front (luxon's time zones,
 * libphonenumber-js, parts of an element used only sometimes), in one place for every such
 * module: `lazyModule(load)` loads it once per page, later calls sharing the promise; a failed
 * load (network) is forgotten, so the next call tries again. `LazyModuleController`
 * (lazy-module-controller.ts) gives one to an element.
 */

/** `load` run at most once per page at a time (again after a failure). */
export function lazyModule<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
