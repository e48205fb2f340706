// The stories double as fixtures: each story of an element's file reaches the state it is named
// for, on the in-page simulated workspace, and the element is accessible there. One helper for
// every element: give it the story file, the element's tag and, per story, the check that says
// the state was reached. A story without a check, or a check without a story, fails the suite —
// so a new story can't go untested and a renamed one can't leave a check that never runs.
import { expect, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { storiesIn, storySetups } from './kit-stories.js';
import { overflowsAtWidths, PANEL_WIDTHS } from './overflow.js';

/** Per story name: whether the element shows the story's state. */
export type StoryStates<E extends HTMLElement> = Record<string, (el: E) => boolean>;

export interface StoryStatesOptions {
  /** Stories of the file that show no particular state (e.g. `Playground`). */
  skip?: string[];
  /** How long a story may take to reach its state (ms). */
  timeout?: number;
  /** Stories whose layout is not the element's own (e.g. a page of several toasts): no width check. */
  skipWidths?: string[];
}

/**
 * Registers a mocha `describe` for `stories/<file>.stories.ts`: one test per story, each rendering
 * the story as Storybook would (args, render, play), waiting until `states[name]` holds for the
 * first `<tag>` in it (read again at every step; failing with the story's name when it never does), then running axe,
 * then laying the story out in containers of the side-panel widths (`PANEL_WIDTHS`) where nothing
 * of the element may overflow its box (test/support/overflow.ts).
 */
export function describeStoryStates<E extends HTMLElement>(
  file: string,
  tag: string,
  states: StoryStates<E>,
  { skip = [], timeout = 9000, skipWidths = [] }: StoryStatesOptions = {},
): void {
  describe(`${file} stories reach their states`, () => {
    it('every story has a state to reach, and every state a story', async () => {
      const names = (await storiesIn([file])).map((s) => s.name).filter((n) => !skip.includes(n));
      expect(names, `stories/${file}.stories.ts`).to.have.members(Object.keys(states));
    });

    for (const [name, reached] of Object.entries(states)) {
      const widths = !skipWidths.includes(name);
      const title = widths
        ? `${name} reaches its state, is accessible and fits ${PANEL_WIDTHS.join(', ')} px`
        : `${name} reaches its state and is accessible`;
      it(title, async () => {
        const story = (await storiesIn([file])).find((s) => s.name === name);
        if (!story) throw new Error(`stories/${file}.stories.ts has no story ${name}`);
        const host = document.body.appendChild(document.createElement('div'));
        try {
          render(story.render(), host);
          if (story.play) await story.play(host);
          await storySetups(host, story);
          await waitUntil(() => host.querySelector(tag), `${file}/${name}: no <${tag}> rendered`);
          // Read again at every step: a story may replace its element (a page reload).
          const current = () => host.querySelector<E>(tag);
          await waitUntil(
            () => {
              const el = current();
              return !!el?.shadowRoot && reached(el);
            },
            `${file}/${name}: the story never reached its state`,
            { timeout },
          );
          const el = current()!;
          await (el as E & { updateComplete?: Promise<unknown> }).updateComplete;
          await expect(el).to.be.accessible();
          if (widths) {
            const problems = await overflowsAtWidths(el, host);
            expect(problems, `${file}/${name} overflows`).to.deep.equal([]);
          }
        } finally {
          host.remove();
        }
      });
    }
  });
}
