// ESLint (flat config): `npm run lint`. Formatting is prettier's (`npm run format:check`), so
// only rules about meaning are here: ESLint's and typescript-eslint's recommended sets, lit's
// and lit-a11y's (templates), and the kit's own: no `any`, and no `as unknown as` (a cast through
// `unknown` silences the type checker the way `as any` does).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

const noDoubleCast = {
  selector:
    "TSAsExpression[expression.type='TSAsExpression'][expression.typeAnnotation.type='TSUnknownKeyword']",
  message:
    '`as unknown as` hides a type error: give the value a real type (a type guard, a typed API, or a checked conversion).',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'storybook-static/',
      'coverage/',
      '.wtr-cache/',
      'custom-elements.json',
      'bench/.out/',
    ],
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': ['error', noDoubleCast],
      // `_`-prefixed names are deliberately unused (a parameter kept for its position).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  // Code that runs in the browser: the kit, its stories, demo, benchmarks' pages, the tests.
  {
    files: [
      'src/**/*.ts',
      'stories/**/*.ts',
      'demo/**/*.ts',
      'bench/**/*.ts',
      'test/**/*.{ts,tsx}',
      'examples/**/*.{ts,tsx}',
      '.storybook/**/*.ts',
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.mocha } },
    // chai's property assertions (`expect(x).to.exist`) are expressions by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  // Code that runs in Node: scripts, configs, the benchmark and size runners, test-server plugins.
  {
    files: [
      'scripts/**/*.mjs',
      'bench/**/*.mjs',
      'test/**/*.mjs',
      '*.{js,mjs}',
      '.storybook/**/*.{js,mjs}',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  // Lit templates: lit's and lit-a11y's recommended rules.
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    extends: [lit.configs['flat/recommended'], litA11y.configs.recommended],
    rules: {
      // `<ul role="list">` is deliberate: WebKit drops the list semantics of a `list-style: none`
      // list, which is how the kit's lists are styled.
      'lit-a11y/no-redundant-role': 'off',
    },
  },
);
