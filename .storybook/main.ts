import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  // The pages first (getting started, design tokens), then the elements' stories.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  // Storybook's own "get started" checklist in the sidebar is for people writing their first
  // story, not for a kit's readers.
  features: { sidebarOnboardingChecklist: false },
};

export default config;
