// Unit tests of the security options (seed 003 "Security configuration").
import { expect } from '@open-wc/testing';
import { REQUEST_NAMES } from '../../src/bridge/api.js';
import {
  originNotAllowedText,
  requestNotAllowedText,
  userDataWriteNotAllowedText,
} from '../../src/bridge/error-texts.js';
import {
  SecurityPolicy,
  checkAccess,
  parseCount,
  parseKeyList,
  parseOriginRules,
  splitTopLevel,
} from '../../src/sim/security.js';

const O = 'service-client-api.accepted-web-content-origins';

describe('security: accepted origins', () => {
  it('splits the string form on commas outside parentheses', () => {
    expect(splitTopLevel('http://a, http://b (*), http://c (agent.*, voice.dial)')).to.deep.equal([
      'http://a',
      'http://b (*)',
      'http://c (agent.*, voice.dial)',
    ]);
  });

  it('parses the seed example, as a string and as a list', () => {
    const text =
      'http://my-web-server0, http://my-web-server1 (*), http://my-web-server2 (agent.*, voice.dial), http://my-web-server3 (agent.*, interaction.*)';
    const rules = parseOriginRules(text);
    expect(rules).to.deep.equal([
      { origin: 'http://my-web-server0', filter: null },
      { origin: 'http://my-web-server1', filter: ['*'] },
      { origin: 'http://my-web-server2', filter: ['agent.*', 'voice.dial'] },
      { origin: 'http://my-web-server3', filter: ['agent.*', 'interaction.*'] },
    ]);
    expect(
      parseOriginRules([
        'http://my-web-server0',
        'http://my-web-server1 (*)',
        'http://my-web-server2 (agent.*, voice.dial)',
        'http://my-web-server3 (agent.*, interaction.*)',
      ]),
    ).to.deep.equal(rules);
  });

  it('applies the seed example: everything for 0 and 1, agent.* and voice.dial only for 2', () => {
    const rules = parseOriginRules(
      'http://my-web-server0, http://my-web-server1 (*), http://my-web-server2 (agent.*, voice.dial)',
    );
    for (const r of ['agent.get', 'voice.hold', 'outbound.getRecordFields']) {
      expect(checkAccess(rules, 'http://my-web-server0', r).ok, r).to.equal(true);
      expect(checkAccess(rules, 'http://my-web-server1', r).ok, r).to.equal(true);
    }
    for (const r of [
      'agent.get',
      'agent.getStateList',
      'agent.setState',
      'agent.getState',
      'voice.dial',
    ]) {
      expect(checkAccess(rules, 'http://my-web-server2', r).ok, r).to.equal(true);
    }
    expect(checkAccess(rules, 'http://my-web-server2', 'voice.dialEx')).to.deep.equal({
      ok: false,
      error: requestNotAllowedText('voice.dialEx', 'http://my-web-server2'),
    });
    expect(checkAccess(rules, 'http://my-web-server2', 'interaction.setUserData').ok).to.equal(
      false,
    );
  });

  it('refuses an unlisted origin with the origin text, for every request', () => {
    const rules = parseOriginRules('http://a');
    for (const r of ['agent.get', 'system.getAllowedServices']) {
      expect(checkAccess(rules, 'http://evil', r)).to.deep.equal({
        ok: false,
        error: originNotAllowedText('http://evil'),
      });
    }
    expect(new SecurityPolicy({ [O]: 'http://a' }).allowedServices('http://evil')).to.equal(null);
  });

  it("accepts any origin with a lone *, and prefers a listed origin's own filter", () => {
    const rules = parseOriginRules('*, http://b (agent.*)');
    expect(checkAccess(rules, 'http://anything:8080', 'voice.dial').ok).to.equal(true);
    expect(checkAccess(rules, 'http://b', 'voice.dial').ok).to.equal(false);
  });

  it('normalises origins (case, trailing slash, default port)', () => {
    const rules = parseOriginRules('HTTP://Example.com:80/ (*)');
    expect(checkAccess(rules, 'http://example.com', 'agent.get').ok).to.equal(true);
  });

  it('allows auth.getJwtToken only where named explicitly', () => {
    const rules = parseOriginRules(
      'http://a, http://b (*), http://c (auth.*), http://d (*, auth.getJwtToken), http://e (auth.getJwtToken)',
    );
    expect(checkAccess(rules, 'http://a', 'auth.getJwtToken').ok).to.equal(false);
    expect(checkAccess(rules, 'http://b', 'auth.getJwtToken').ok).to.equal(false);
    expect(checkAccess(rules, 'http://c', 'auth.getJwtToken').ok).to.equal(false);
    expect(checkAccess(rules, 'http://d', 'auth.getJwtToken').ok).to.equal(true);
    expect(checkAccess(rules, 'http://d', 'voice.dial').ok).to.equal(true);
    expect(checkAccess(rules, 'http://e', 'auth.getJwtToken').ok).to.equal(true);
    expect(checkAccess(rules, 'http://e', 'voice.dial').ok).to.equal(false);
  });

  it('filters legacy names under their voice.* names', () => {
    const rules = parseOriginRules('http://a (voice.*)');
    expect(checkAccess(rules, 'http://a', 'sipEndpoint.muteMicrophone').ok).to.equal(true);
  });

  it('treats Object.prototype member names as ordinary, unknown requests', () => {
    const rules = parseOriginRules('http://a (voice.*)');
    for (const r of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      expect(checkAccess(rules, 'http://a', r), r).to.deep.equal({
        ok: false,
        error: requestNotAllowedText(r, 'http://a'),
      });
    }
  });

  it('lists the allowed services of an origin', () => {
    const p = new SecurityPolicy({ [O]: 'http://a (agent.*, voice.dial), http://b' });
    expect(p.allowedServices('http://a')).to.deep.equal([
      'agent.get',
      'agent.getState',
      'agent.getStateList',
      'agent.setState',
      'voice.dial',
    ]);
    expect(p.allowedServices('http://b')).to.deep.equal(
      REQUEST_NAMES.filter((r) => r !== 'auth.getJwtToken'),
    );
  });

  it('drops malformed entries and accepts nothing when unset', () => {
    expect(parseOriginRules('http://a (x, http://b')).to.deep.equal([]);
    expect(new SecurityPolicy({}).isOriginAccepted('http://a')).to.equal(false);
  });
});

describe('security: numbers and key lists', () => {
  it('parses counts with a fallback for bad values', () => {
    expect(parseCount('50', 0)).to.equal(50);
    expect(parseCount(4, 0)).to.equal(4);
    expect(parseCount(undefined, 30)).to.equal(30);
    expect(parseCount('-1', 30)).to.equal(30);
    expect(parseCount('1.5', 30)).to.equal(30);
    expect(parseCount('', 30)).to.equal(30);
  });

  it('reads the per-request limit over the global one (seed sample configuration)', () => {
    const p = new SecurityPolicy({
      'service-client-api.rate-limit': 0,
      'service-client-api.rate-limit.voice.dial': 4,
      'service-client-api.rate-limit.email.create': '2',
    });
    expect(p.limitFor('voice.dial')).to.equal(4);
    expect(p.limitFor('email.create')).to.equal(2);
    expect(p.limitFor('agent.get')).to.equal(0);
    expect(p.quarantineSeconds).to.equal(30);
  });

  it('parses key lists; unset or blank means every key', () => {
    expect(parseKeyList('Key1, Key3')).to.deep.equal(['Key1', 'Key3']);
    expect(parseKeyList(['Key1'])).to.deep.equal(['Key1']);
    expect(parseKeyList(undefined)).to.equal(null);
    expect(parseKeyList(' ')).to.equal(null);
  });

  it('applies the seed example: read Key1..Key3, write Key1 and Key3', () => {
    const p = new SecurityPolicy({
      'service-client-api.user-data.write-allowed': 'Key1,Key3',
      'service-client-api.user-data.read-allowed': 'Key1,Key2,Key3',
    });
    expect(p.writeError(['Key1', 'Key3'])).to.equal(null);
    expect(p.writeError(['Key1', 'Key2', 'Key4'])).to.equal(
      userDataWriteNotAllowedText(['Key2', 'Key4']),
    );
    expect(p.filterUserData({ Key1: 'a', Key2: 'b', Key4: 'd' })).to.deep.equal({
      Key1: 'a',
      Key2: 'b',
    });
  });
});
