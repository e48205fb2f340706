import { expect } from '@open-wc/testing';
import { DtmfQueue } from '../../../src/components/call-actions/dtmf-queue.js';

describe('DtmfQueue', () => {
  it('sends the history plus what was typed; digits typed meanwhile wait for the answer', () => {
    const q = new DtmfQueue();
    q.add('c1', '1');
    expect(q.take('9')).to.deep.equal({ digits: '1', value: '91' });
    q.add('c1', '2');
    q.add('c1', '3');
    expect(q.take('9')).to.equal(null); // one batch on its way
    expect(q.shown('c1')).to.deep.equal({ confirmed: '', sending: '123' });
    q.settle(true);
    expect(q.take('9')).to.deep.equal({ digits: '23', value: '9123' }); // builds on what was confirmed
    q.settle(true);
    expect(q.shown('c1')).to.deep.equal({ confirmed: '9123', sending: '' });
    expect(q.shown('c2')).to.deep.equal({ confirmed: '', sending: '' });
  });

  it('after a failure, drops what was typed meanwhile; another call starts afresh', () => {
    const q = new DtmfQueue();
    q.add('c1', '1');
    q.take('');
    q.add('c1', '2');
    q.settle(false);
    expect(q.queue).to.equal('');
    expect(q.take('')).to.equal(null);
    q.add('c2', '5');
    expect(q.take('')).to.deep.equal({ digits: '5', value: '5' });
  });
});
