// Unit tests of memoOne (src/internal/memo.ts).
import { expect } from '@open-wc/testing';
import { memoOne } from '../../src/internal/memo.js';

describe('memoOne', () => {
  it('computes once per input change, by identity', () => {
    let runs = 0;
    const f = memoOne((a: object, b: number) => (runs++, { a, b }));
    const x = {};
    const r1 = f(x, 1);
    expect(f(x, 1)).to.equal(r1);
    expect(runs).to.equal(1);
    expect(f({}, 1)).to.not.equal(r1);
    expect(f(x, 2)).to.deep.equal({ a: x, b: 2 });
    expect(runs).to.equal(3);
  });
});
