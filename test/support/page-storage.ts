import { TestStorage } from './test-storage.js';

// Test files run two at a time in pages of one browser, on one origin: they share
// `localStorage`. Elements that keep drafts there (record fields, disposition notes) key them by
// the record, and the simulated workspace gives every file the same records — so one file's
// drafts would show up in another's form. `isolateLocalStorage()` gives this page a
// `localStorage` of its own (a real `Storage`-shaped store that lives as long as the page: an
// element removed and mounted again — a reload — still finds its drafts).

/** Gives this page its own `localStorage` until the returned function puts the shared one back. */
export function isolateLocalStorage(): () => void {
  const shared = Object.getOwnPropertyDescriptor(window, 'localStorage');
  const own = new TestStorage();
  Object.defineProperty(window, 'localStorage', { configurable: true, get: () => own });
  return () => {
    if (shared) Object.defineProperty(window, 'localStorage', shared);
    else Reflect.deleteProperty(window, 'localStorage');
  };
}
