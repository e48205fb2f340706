/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { argTypesFor, type Manifest } from './docs-manifest.js';

// custom-elements.json comes from `npm run analyze` (run by build-storybook);
// the glob is empty, not an error, when the file isn't there.
const manifests = import.meta.glob<{ default: Manifest }>('../custom-elements.json', {
  eager: true,
});
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // Each story in its own frame on a docs page: a story's `<agent-bridge simulated>` runs a
    // simulated workspace in its window, and several in one window would answer each other's pages.
    docs: {
      story: { inline: false, height: '32rem' },
      extractArgTypes: (tag: string) => (manifest ? argTypesFor(manifest, tag) : null),
    },
  },
};

export default preview;
