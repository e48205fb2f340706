// Screen pop (src/internal/screen-pop.ts): the kind of each interaction and the user data the
// page configured.
import { expect } from '@open-wc/testing';
import type { Interaction } from '../../src/bridge/api.js';
import {
  parseScreenPopKeys,
  pickUserData,
  screenPop,
  screenPopKind,
} from '../../src/internal/screen-pop.js';

const ix = (patch: Partial<Interaction>): Interaction => ({
  interactionId: '1',
  state: 'RINGING',
  userData: {},
  ...patch,
});

describe('screen pop', () => {
  it('tells the four kinds apart, and pops nothing for consultations, dialled calls and chats', () => {
    expect(
      [
        ix({ media: 'webcallback', userData: { callback_type: 2 } }),
        ix({ media: 'voice', direction: 'IN', userData: { callback_type: 1 } }),
        ix({ media: 'outboundpreview', userData: { GSW_RECORD_HANDLE: '283' } }),
        ix({ media: 'voice', direction: 'IN', userData: { AccountNumber: 'A' } }),
        ix({ direction: 'IN', isConsultation: true }),
        ix({ media: 'voice', direction: 'OUT' }),
        ix({ media: 'chat', direction: 'IN' }),
      ].map(screenPopKind),
    ).to.deep.equal([
      'web-callback',
      'callback',
      'outbound-record',
      'inbound-call',
      null,
      null,
      null,
    ]);
  });

  it('takes the configured keys, `GSW_*` as a prefix, in the user data’s order', () => {
    const keys = parseScreenPopKeys(' AccountNumber, GSW_*  IVR_Language,,AccountNumber');
    expect(keys).to.deep.equal(['AccountNumber', 'GSW_*', 'IVR_Language']);
    expect(
      pickUserData(
        { GSW_PHONE: '+33647005', Other: 1, AccountNumber: 'ACC-1', GSW_RECORD_HANDLE: '283' },
        keys,
      ),
    ).to.deep.equal({ GSW_PHONE: '+33647005', AccountNumber: 'ACC-1', GSW_RECORD_HANDLE: '283' });
    expect(pickUserData(undefined, keys)).to.deep.equal({});
  });

  it('carries the party: the contact’s name and the number', () => {
    const pop = screenPop(
      ix({
        direction: 'IN',
        media: 'voice',
        ani: '+16175550199',
        contact: { displayName: 'Katherine Johnson' },
        userData: { AccountNumber: 'ACC-300551' },
      }),
      ['AccountNumber'],
    );
    expect(pop && { kind: pop.kind, party: pop.party, userData: pop.userData }).to.deep.equal({
      kind: 'inbound-call',
      party: { name: 'Katherine Johnson', number: '+16175550199' },
      userData: { AccountNumber: 'ACC-300551' },
    });
  });
});
