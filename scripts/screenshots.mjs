// Pictures of the kit: every element in its main states, light and dark, at a side panel's
// width and a column's, rendered in headless Chromium from the built Storybook (each picture is
// a story, on the simulated workspace, in the state the story is named for).
//   npm run screenshots              builds Storybook into storybook-static, then writes docs/screenshots/
//   npm run screenshots -- --static  uses the storybook-static already built
//   npm run screenshots -- --only call-actions   only the pictures whose name contains that
// Files: docs/screenshots/<shot>-<light|dark>-<width>.png. The README shows the main ones.
import { mkdir, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeArgs } from '../web-test-runner.config.mjs';
import { serveStatic } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const staticDir = join(root, 'storybook-static');
const outDir = join(root, 'docs', 'screenshots');

/** The main states: a story each (Storybook id) and the picture's name. */
export const SHOTS = [
  ['elements-callback-preview--ringing', 'callback-preview-offered'],
  ['elements-callback-preview--previewing', 'callback-preview-preview'],
  ['elements-call-actions--talking', 'call-actions-talking'],
  ['elements-call-actions--held', 'call-actions-held'],
  ['elements-disposition-picker--required-blocked', 'disposition-picker-required'],
  ['elements-record-fields-editor--invalid-input', 'record-fields-editor-invalid'],
  ['elements-custom-toast--severities', 'custom-toast-severities'],
  ['agent-desktop--agent-desktop', 'agent-desktop'],
];
export const WIDTHS = [360, 1024];
export const THEMES = ['light', 'dark'];
/** How long a story may take to reach its state once its elements are rendered (ms). */
const SETTLE_MS = 2500;
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : null;

if (!process.argv.includes('--static') || !existsSync(join(staticDir, 'index.json'))) {
  console.log('screenshots: building Storybook…');
  execFileSync('npm', ['run', '--silent', 'analyze'], { cwd: root, stdio: 'inherit' });
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/storybook/dist/bin/dispatcher.js'),
      'build',
      '--quiet',
      '-o',
      staticDir,
    ],
    { cwd: root, stdio: 'inherit' },
  );
}

const server = await serveStatic(staticDir);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: chromeArgs,
  headless: true,
});
if (!only) await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
let written = 0;
const failures = [];
try {
  for (const [id, name] of SHOTS.filter(([, n]) => !only || n.includes(only)))
    for (const theme of THEMES)
      for (const width of WIDTHS) {
        const page = await browser.newPage();
        try {
          await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
          await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
          await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story`, {
            waitUntil: 'load',
            timeout: 60_000,
          });
          // The page behind the elements follows the theme, as a CRM page's would.
          await page.addStyleTag({
            content:
              ':root { color-scheme: light dark; } body { background: Canvas; color: CanvasText; }',
          });
          await page.waitForFunction(
            () => {
              const root = document.getElementById('storybook-root');
              const kit = [...(root?.querySelectorAll('*') ?? [])].filter(
                (el) => el.localName.includes('-') && customElements.get(el.localName),
              );
              return kit.length > 0 && kit.every((el) => el.shadowRoot);
            },
            { timeout: 20_000, polling: 100 },
          );
          await new Promise((r) => setTimeout(r, SETTLE_MS));
          const el = await page.$('#storybook-root');
          const file = join(outDir, `${name}-${theme}-${width}.png`);
          await el.screenshot({ path: file });
          written++;
          console.log(`screenshots: ${file.slice(root.length)}`);
        } catch (e) {
          failures.push(`${id} ${theme} ${width}: ${e.message.split('\n')[0]}`);
        } finally {
          await page.close();
        }
      }
} finally {
  await browser.close();
  await server.close();
}
if (failures.length) {
  console.error(`screenshots: FAILED\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`screenshots: ${written} pictures in docs/screenshots/`);
