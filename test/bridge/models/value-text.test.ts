import { expect } from '@open-wc/testing';
import { shortText, valueText } from '../../../src/bridge/models/value-text.js';
import { hostileValues } from '../../support/hostile-values.js';

describe('models/value-text', () => {
  it('writes strings as they are and the rest as JSON', () => {
    expect(valueText('a "b"')).to.equal('a "b"');
    expect(valueText({ a: 1, b: [true, null] })).to.equal('{"a":1,"b":[true,null]}');
    expect(valueText(new Date(0))).to.equal('"1970-01-01T00:00:00.000Z"');
    expect(valueText(undefined)).to.equal('undefined');
    expect(valueText(Symbol('s'))).to.equal('Symbol(s)');
  });

  it('marks a cycle and keeps a value met twice without a cycle', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(valueText(cyclic)).to.equal('{"a":1,"self":"[cyclic]"}');
    expect(valueText([cyclic])).to.equal('[{"a":1,"self":"[cyclic]"}]');
    const list: unknown[] = [1];
    list.push({ back: list });
    expect(valueText(list)).to.equal('[1,{"back":"[cyclic]"}]');
    const shared = { x: 1 };
    expect(valueText({ p: shared, q: [shared] })).to.equal('{"p":{"x":1},"q":[{"x":1}]}');
  });

  it('writes a bigint as its digits, alone or inside', () => {
    expect(valueText(10n)).to.equal('10');
    expect(valueText({ n: 10n })).to.equal('{"n":"10"}');
  });

  it('never throws, even on a getter that does', () => {
    const bad = {
      get x() {
        throw new Error('no');
      },
    };
    expect(valueText(bad)).to.equal('[object Object]');
    for (const v of hostileValues()) expect(() => valueText(v)).not.to.throw();
  });

  it('cuts long texts with the given mark', () => {
    expect(shortText('x'.repeat(50), 40, '...')).to.equal(`${'x'.repeat(37)}...`);
    expect(shortText('short', 40)).to.equal('short');
    expect(shortText({ a: 'y'.repeat(80) }, 10)).to.equal('{"a":"yyy…');
  });
});
