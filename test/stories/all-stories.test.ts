// Every story is also a test: each story of every story file (stories/*.stories.ts, listed by the
// test server) is rendered as Storybook renders it (args, render, play: test/support/kit-stories.ts),
// left to settle, and must log no console error, throw nothing uncaught, and pass axe.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import {
  kitElements,
  mountStory,
  storiesIn,
  storyFiles,
  type StoryRef,
} from '../support/kit-stories.js';

const tags = new Set((await kitElements()).map((e) => e.tag));
const files = await storyFiles();
const stories: StoryRef[] = await storiesIn(files);

const text = (v: unknown) => (v instanceof Error ? `${v.name}: ${v.message}` : String(v));

/** Collects console errors and uncaught errors and rejections into `into`, until the returned function is called. */
function watchErrors(into: string[]): () => void {
  const original = console.error;
  console.error = (...args: unknown[]) => {
    into.push(`console.error: ${args.map(text).join(' ')}`);
    original.apply(console, args);
  };
  const onError = (e: ErrorEvent) => into.push(`uncaught: ${text(e.error ?? e.message)}`);
  const onRejection = (e: PromiseRejectionEvent) =>
    into.push(`unhandled rejection: ${text(e.reason)}`);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  return () => {
    console.error = original;
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  };
}

describe('every story', function () {
  this.timeout(60_000);
  // Colour contrast is judged at rest: no fade-in half done (a background page may not finish it).
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it("comes from every story file, the agent desktop and each element's included", () => {
    expect(files).to.include.members([
      'agent-desktop',
      'call-actions',
      'callback-preview',
      'custom-toast',
      'disposition-picker',
      'record-fields-editor',
    ]);
    const withStories = new Set(stories.map((s) => s.file));
    const silent = files.filter((f) => !withStories.has(f));
    expect(silent, `no stories from (does the file import?): ${silent.join(', ')}`).to.deep.equal(
      [],
    );
  });

  it('hears console errors and unhandled rejections (the watch works)', async () => {
    const errors: string[] = [];
    const original = console.error;
    const stop = watchErrors(errors);
    try {
      console.error('x-test', new Error('boom'));
      dispatchEvent(
        new PromiseRejectionEvent('unhandledrejection', {
          promise: Promise.resolve(),
          reason: new Error('late'),
        }),
      );
    } finally {
      stop();
    }
    expect(console.error).to.equal(original);
    expect(errors).to.deep.equal([
      'console.error: x-test Error: boom',
      'unhandled rejection: Error: late',
    ]);
  });

  for (const story of stories) {
    it(`${story.file}: ${story.name} renders without errors and passes axe`, async () => {
      const errors: string[] = [];
      const stop = watchErrors(errors);
      let unmount: (() => void) | undefined;
      try {
        const mounted = await mountStory(story, tags);
        unmount = mounted.unmount;
        await expect(mounted.root).to.be.accessible();
      } finally {
        unmount?.();
        await new Promise((r) => setTimeout(r, 0));
        stop();
      }
      expect(errors, errors.join('\n')).to.deep.equal([]);
    });
  }
});
