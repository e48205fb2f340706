// @web/test-runner: mocha tests in test/**/*.test.ts, in Debian's Chromium.
//
// Origins: the browser opens test pages on http://localhost:PORT. For hostname
// 'localhost' wds listens on all addresses (`::`, dual stack), so the SAME
// server also answers http://127.0.0.1:PORT: a second, real origin for
// cross-origin tests. Build it with otherOrigin() from test/support/origins.ts.
// PORT is 8765 unless WTR_PORT says otherwise; `npm test` (scripts/test.mjs) sets WTR_PORT to a
// free port when that one is taken by another run.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './test/support/count-reporter.mjs';
import { storyFilesPlugin } from './test/support/story-files.mjs';
import { reactEsmPlugin } from './test/support/react-esm.mjs';

export const chromeArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// The React and Vue examples (examples/, test/examples/): React as ES modules (see
// react-esm.mjs); for Vue, its self-contained browser builds: `vue` with the template compiler
// (a Vite app gets it with `resolve.alias: { vue: 'vue/dist/vue.esm-bundler.js' }`), and the
// compiler alone, which tests use to compile a template as a build would.
const VUE_BROWSER_BUILDS = {
  vue: '/node_modules/vue/dist/vue.esm-browser.js',
  '@vue/compiler-dom': '/node_modules/@vue/compiler-dom/dist/compiler-dom.esm-browser.js',
};
const vueBrowserBuilds = {
  name: 'vue-browser-builds',
  resolveImport: ({ source }) => VUE_BROWSER_BUILDS[source],
};

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
  nodeResolve: true,
  hostname: 'localhost',
  port: Number(process.env.WTR_PORT ?? 8765),
  concurrency: 2,
  browsers: [
    chromeLauncher({
      // Two test pages run at once and only one can hold the window's focus: each page behaves
      // as if focused, so focus events and keyboard tests don't depend on which runs first.
      async createPage({ context }) {
        const page = await context.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        // gc() for the leak tests that check a removed element is not kept alive (WeakRef).
        args: [...chromeArgs, '--js-flags=--expose-gc'],
      },
    }),
  ],
  // tsconfig: needed for experimental decorators; a fixed target, so that a
  // client with an unknown user agent (curl) gets the same code as Chromium.
  plugins: [
    storyFilesPlugin(),
    esbuildPlugin({ ts: true, tsx: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    reactEsmPlugin(),
    vueBrowserBuilds,
  ],
  testFramework: { config: { timeout: 20000 } },
  // The host-message fuzz (test/e2e/host-fuzz.test.ts) posts 100,000 messages: about a minute
  // on a quiet machine, several on a crowded one.
  testsFinishTimeout: 360000,
  // Lit's one-line dev-mode notice would otherwise be repeated for every file.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), countReporter()],
};
