// Malformed and hostile messages are ignored without an exception; the host keeps answering.
import { expect } from '@open-wc/testing';
import { openSimFrame } from '../support/sim-frame.js';
import { RawClient } from './raw-client.js';

describe('hostile input', () => {
  it('ignores malformed, hostile and look-alike messages, then still answers', async () => {
    const sim = await openSimFrame();
    const c = new RawClient(sim.window, sim.origin);
    const errors: unknown[] = [];
    try {
      let deep: Record<string, unknown> = { leaf: true };
      for (let i = 0; i < 2000; i++) deep = { deep };
      const junk: unknown[] = [
        null,
        undefined,
        'agent.get',
        42,
        true,
        [],
        [1, 2],
        { request: 5 },
        { request: 'agent.get' },
        { request: 'agent.get', referenceId: 'x' },
        { request: 'agent.get', userAgent: 'WWE Client' },
        { request: '', referenceId: 'x', userAgent: 'WWE Client' },
        { request: 'agent.get', referenceId: 'x', userAgent: 'WWE Client', parameters: 'no' },
        { request: 'agent.get', referenceId: 'own', userAgent: 'WWE Server', protocolVersion: 2 },
        { referenceId: 'x', data: 1, userAgent: 'WWE Server' },
        { event: 'agent', data: {}, userAgent: 'WWE Server' },
        { event: 'unsubscribe', data: 5, referenceId: 'x', userAgent: 'WWE Client' },
        { simControl: 5, controlId: 'x' },
        { frameId: 9, userAgent: 'WWE Client' },
        JSON.parse(
          '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
        ),
        { request: 'agent.get', userAgent: { toString: null }, referenceId: 'x' },
        deep,
        new Array(10000).fill('x'),
        new Date(),
        /re/,
        new Map([[1, 2]]),
        new Blob(['x']),
      ];
      for (const m of junk) {
        try {
          c.send(m);
        } catch (e) {
          errors.push(e); // the sender's own structured clone may refuse; the host never sees it
        }
      }
      await RawClient.settle(200);
      expect(c.received, 'nothing answered').to.deep.equal([]);
      expect(await c.call('agent.get')).to.have.property('employeeId', '5001');
      expect(await sim.control('health')).to.deep.equal({ prototypeClean: true, clients: 1 });
    } finally {
      c.close();
      sim.close();
    }
  });

  it('answers a subscribe whose names are not strings with an error, and holds nothing for it', async () => {
    const sim = await openSimFrame();
    const c = new RawClient(sim.window, sim.origin);
    try {
      for (const data of [[1, 2], [], [''], { agent: true }, null, 5]) {
        let error = '';
        await c.subscribe(data as never).catch((e) => (error = e.message));
        expect(error, JSON.stringify(data)).to.equal(
          'Error: subscribe expects an event name or a non-empty list of event names (strings).',
        );
      }
      const clients = await sim.control('listClients');
      expect(clients[0].subscriptions).to.deep.equal([]);
      expect(await c.subscribe(['agent'])).to.be.a('string'); // the one subscription is still free
    } finally {
      c.close();
      sim.close();
    }
  });

  it('answers hostile requests with errors, without polluting prototypes', async () => {
    const sim = await openSimFrame();
    const c = new RawClient(sim.window, sim.origin);
    try {
      await sim.control('startScenario', 'customer-hangs-up');
      const polluting = JSON.parse(
        '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "ok": 1}',
      );
      await c.call('interaction.setUserData', '1', polluting);
      const ud = (await c.call('interaction.getByInteractionId', '1'))!.userData;
      expect(Object.prototype.hasOwnProperty.call(ud, '__proto__')).to.equal(true);
      expect(ud.ok).to.equal(1);
      expect(await sim.control('health')).to.deep.include({ prototypeClean: true });
      for (const [req, params] of [
        ['interaction.getByInteractionId', [{ toString: 1 }]],
        ['voice.hold', [null]],
        ['interaction.setUserData', ['1', 'x']],
        ['outbound.updateRecordFields', ['1', JSON.parse('{"__proto__": 1}')]],
        ['configuration.getOption', [{}]],
        ['system.popupToast', [null]],
        ['__proto__', []],
        ['constructor', []],
        ['toString', []],
        ['agent.get', [1, 2, 3]],
      ] as Array<[string, unknown[]]>) {
        const a = await c.request(req, params);
        expect(a, req).to.not.equal('timeout');
      }
      expect(await sim.control('health')).to.deep.include({ prototypeClean: true });
      expect(await c.call('agent.get')).to.have.property('username');
    } finally {
      c.close();
      sim.close();
    }
  });
});
