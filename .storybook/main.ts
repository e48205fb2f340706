import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

const sources = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * package.json's `sideEffects` names the built files (dist/) that register elements; the stories
 * import the sources, where Vite would otherwise drop every `import './call-actions.js'` made for
 * its registration, and render nothing.
 */
const sourcesRegister: Plugin = {
  name: 'adk-sources-register',
  transform: (_code, id) => (id.startsWith(sources) ? { moduleSideEffects: true } : null),
};

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  viteFinal: (vite) => ({ ...vite, plugins: [...(vite.plugins ?? []), sourcesRegister] }),
};

export default config;
