// A story's setup that waits (for a state, a lazily loaded panel) fails loudly: the stories' tests
// fail with the story's name and the setup's message, instead of a line in the console.
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { onBridgeReady, waitFor } from '../../stories/support/story-setup.js';
import { storiesIn, storySetups, type StoryRef } from '../support/kit-stories.js';

const story: StoryRef = { file: 'x', name: 'Y', render: () => document.createElement('div') };

function marked(setup: string, error?: string): HTMLElement {
  const root = document.createElement('div');
  const provider = root.appendChild(document.createElement('agent-bridge'));
  provider.dataset.storySetup = setup;
  if (error) provider.dataset.storyError = error;
  return root;
}

describe("stories' setups", () => {
  it('a setup that is done passes; one that failed or never ends throws with the story', async () => {
    await storySetups(marked('done'), story);
    let thrown = '';
    await storySetups(marked('failed', '<adk-dtmf-keypad> did not render'), story).catch(
      (e: Error) => (thrown = e.message),
    );
    expect(thrown).to.equal("x/Y: the story's setup failed: <adk-dtmf-keypad> did not render");
    await storySetups(marked('pending'), story, 100).catch((e: Error) => (thrown = e.message));
    expect(thrown).to.equal("x/Y: the story's setup did not end within 0.1 s");
  });

  it("the stories' shared wait throws with what it waited for, and the provider says so", async () => {
    let thrown = '';
    await waitFor(() => false, 'the row c:Other', 50).catch((e: Error) => (thrown = e.message));
    expect(thrown).to.equal('the row c:Other did not come within 0.05 s');
    expect(await waitFor(() => 'found', 'a value')).to.equal('found');

    const root = document.body.appendChild(document.createElement('div'));
    try {
      const ready = onBridgeReady(({ bridge }) =>
        waitFor(() => bridge.state.interactions.size > 0, 'an interaction', 100),
      );
      render(
        html`<agent-bridge simulated data-story-setup="pending" @adk-bridge-ready=${ready}></agent-bridge>`,
        root,
      );
      await storySetups(root, story).catch((e: Error) => (thrown = e.message));
      expect(thrown).to.equal(
        "x/Y: the story's setup failed: an interaction did not come within 0.1 s",
      );
    } finally {
      root.remove();
    }
  });

  it('the call-actions Held story waits for its lazy keypad, and its setup ends done', async () => {
    const held = (await storiesIn(['call-actions'])).find((s) => s.name === 'Held')!;
    const root = document.body.appendChild(document.createElement('div'));
    try {
      render(held.render(), root);
      await storySetups(root, held);
      const el = root.querySelector('call-actions')!;
      const keypad = el.shadowRoot!.querySelector('adk-dtmf-keypad');
      expect(keypad?.shadowRoot?.querySelector('[part="key"]')).to.not.equal(null);
    } finally {
      root.remove();
    }
  });
});
