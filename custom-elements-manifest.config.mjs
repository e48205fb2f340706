// `cem analyze` (npm run analyze) -> ./custom-elements.json, read by Storybook's docs.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/sim/**'],
  litelement: true,
  outdir: '.',
  packagejson: false, // don't write a "customElements" field into package.json
};
