// Minimal types for the mocha BDD globals that @web/test-runner provides in the
// browser. (@types/mocha is not a dependency; add it and delete this file if
// you need more of mocha's API.)
type MochaDone = (error?: unknown) => void;
type MochaFn = (this: MochaContext, done: MochaDone) => void | Promise<unknown>;
interface MochaContext {
  timeout(ms: number): void;
  skip(): never;
}
interface MochaSuiteFn {
  (title: string, fn: (this: MochaContext) => void): void;
  only(title: string, fn: (this: MochaContext) => void): void;
  skip(title: string, fn: (this: MochaContext) => void): void;
}
interface MochaTestFn {
  (title: string, fn?: MochaFn): void;
  only(title: string, fn?: MochaFn): void;
  skip(title: string, fn?: MochaFn): void;
}
declare const describe: MochaSuiteFn;
declare const context: MochaSuiteFn;
declare const it: MochaTestFn;
declare const specify: MochaTestFn;
declare function before(fn: MochaFn): void;
declare function after(fn: MochaFn): void;
declare function beforeEach(fn: MochaFn): void;
declare function afterEach(fn: MochaFn): void;
