// Transfer and consultation targets offered as the agent types: the page's directory (a list or
// a search function) and the targets used recently.
import { expect } from '@open-wc/testing';
import {
  entryOf,
  matchEntries,
  RecentTargets,
  RECENT_LIMIT,
  searchDirectory,
  suggestions,
  type DirectoryEntry,
} from '../../../src/components/call-actions/target-directory.js';

const billing: DirectoryEntry = {
  kind: 'AGENT_GROUP',
  destination: 'billing',
  label: 'Billing team',
};
const ada: DirectoryEntry = { kind: 'AGENT', destination: 'ada.lovelace', label: 'Ada Lovelace' };
const desk: DirectoryEntry = {
  kind: 'number',
  destination: '+44 20 7946 0958',
  label: 'London desk',
};

describe('target directory', () => {
  it('matches a label or a destination in any case, and a number without its spaces', () => {
    expect(matchEntries([billing, ada, desk], 'bill')).to.deep.equal([billing]);
    expect(matchEntries([billing, ada, desk], 'LOVELACE')).to.deep.equal([ada]);
    expect(matchEntries([billing, ada, desk], '2079460')).to.deep.equal([desk]);
    expect(matchEntries([billing, ada, desk], '')).to.deep.equal([billing, ada, desk]);
    expect(matchEntries([billing, ada, desk], 'x', 2)).to.deep.equal([]);
  });

  it('offers recent targets first, then the directory, each destination once', () => {
    expect(suggestions([ada], [billing, ada], '')).to.deep.equal([ada, billing]);
    expect(suggestions([ada], [billing], 'bill')).to.deep.equal([billing]);
  });

  it('searches with the page function, which may be aborted, and matches a list itself', async () => {
    const asked: string[] = [];
    const search = async (q: string, signal: AbortSignal) => {
      asked.push(q);
      expect(signal.aborted).to.equal(false);
      return [billing, ada];
    };
    expect(await searchDirectory(search, 'bi', new AbortController().signal)).to.deep.equal([
      billing,
      ada,
    ]);
    expect(asked).to.deep.equal(['bi']);
    expect(
      await searchDirectory([billing, ada], 'ada', new AbortController().signal),
    ).to.deep.equal([ada]);
    expect(await searchDirectory(undefined, 'ada', new AbortController().signal)).to.deep.equal([]);
  });

  it('remembers recent targets, most recent first, each once, a few only', () => {
    const recent = new RecentTargets();
    for (let i = 0; i < RECENT_LIMIT + 2; i++) recent.remember(entryOf(`+1 555 000 ${i}`));
    recent.remember(entryOf({ type: 'AGENT', target: 'AGENT', destination: 'ada.lovelace' }));
    recent.remember(entryOf('+1 555 000 6'));
    expect(recent.entries.map((e) => `${e.kind}:${e.destination}`)).to.deep.equal([
      'number:+1 555 000 6',
      'AGENT:ada.lovelace',
      'number:+1 555 000 5',
      'number:+1 555 000 4',
      'number:+1 555 000 3',
    ]);
  });
});
