/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { argTypesFor, type Manifest } from './docs-manifest.js';
import { withArgsApplied } from './apply-args.js';
import { fitDocsFrame } from './fit-frame.js';

// custom-elements.json comes from `npm run analyze` (run by build-storybook);
// the glob is empty, not an error, when the file isn't there.
const manifests = import.meta.glob<{ default: Manifest }>('../custom-elements.json', {
  eager: true,
});
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);
fitDocsFrame();

const preview: Preview = {
  decorators: [withArgsApplied],
  parameters: {
    controls: { expanded: true },
    options: {
      storySort: {
        order: [
          'Getting started',
          'Design tokens',
          'Elements',
          'Bridge',
          'Themes',
          'Agent desktop',
        ],
      },
    },
    // Each story in its own frame on a docs page: a story's `<agent-bridge simulated>` runs a
    // simulated workspace in its window, and several in one window would answer each other's pages.
    // The frame then takes its story's height (fit-frame.ts); 12rem is only its first height.
    docs: {
      story: { inline: false, height: '12rem' },
      extractArgTypes: (tag: string) => (manifest ? argTypesFor(manifest, tag) : null),
    },
  },
};

export default preview;
