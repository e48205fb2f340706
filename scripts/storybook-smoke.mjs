// After `storybook build` (npm run build-storybook): the built Storybook really shows the kit. A
// build can succeed and still show blank stories (as when Vite dropped the sources' registering
// imports), so this opens, in Chromium, the first story of every story file — its kit elements
// must be registered and rendered — and every docs page — its API table must be there.
//   node scripts/storybook-smoke.mjs [dir]   (default storybook-static; exits 1 on a failure)
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeArgs } from '../web-test-runner.config.mjs';
import { serveStatic } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = resolve(root, process.argv[2] ?? 'storybook-static');
const server = await serveStatic(dir);
const base = server.url;

const { entries } = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
const manifest = JSON.parse(await readFile(join(root, 'custom-elements.json'), 'utf8'));
const kitTags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .map((d) => d.tagName)
  .filter(Boolean);
const firstStories = [
  ...new Map(
    Object.values(entries)
      .filter((e) => e.type === 'story')
      .reverse()
      .map((e) => [e.importPath, e]),
  ).values(),
];
const docs = Object.values(entries).filter((e) => e.type === 'docs');

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: chromeArgs,
  headless: true,
});
const failures = [];

async function check(entry, viewMode, ready, what) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=${viewMode}`, {
      waitUntil: 'load',
      timeout: 60_000,
    });
    await page.waitForFunction(ready, { timeout: 15_000, polling: 100 }, kitTags);
  } catch (e) {
    errors.push(`${what}: ${e.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  if (errors.length) failures.push(`${entry.id}: ${errors.join('; ')}`);
  else console.log(`storybook-smoke: ${entry.id} ok`);
}

for (const story of firstStories.reverse()) {
  await check(
    story,
    'story',
    (tags) => {
      const deep = (root) =>
        [...root.querySelectorAll('*')].flatMap((el) => [
          el,
          ...(el.shadowRoot ? deep(el.shadowRoot) : []),
        ]);
      const shown = deep(document.getElementById('storybook-root') ?? document.body).filter((el) =>
        tags.includes(el.localName),
      );
      return (
        shown.length > 0 && shown.every((el) => customElements.get(el.localName) && el.shadowRoot)
      );
    },
    'no registered, rendered kit element',
  );
}
// An element's docs page: its API table, and every story frame sized to its story (fit-frame.ts;
// 192 px is the frames' first height). A written page (.mdx): its heading, and its tables filled.
for (const page of docs) {
  if (page.importPath.endsWith('.mdx'))
    await check(
      page,
      'docs',
      () => {
        const docsRoot = document.getElementById('storybook-docs');
        const tables = [...(docsRoot?.querySelectorAll('table') ?? [])];
        return (
          !!docsRoot?.querySelector('h1') &&
          tables.every((t) => t.querySelectorAll('tbody tr').length > 0)
        );
      },
      'no heading, or an empty table',
    );
  else
    await check(
      page,
      'docs',
      () => {
        if (document.querySelectorAll('.docblock-argstable tbody tr').length === 0) return false;
        // Frames below the fold load lazily: every loaded one must be sized, and one must be.
        const loaded = [...document.querySelectorAll('#storybook-docs iframe')]
          .map((f) => ({ f, root: f.contentDocument?.getElementById('storybook-root') }))
          .filter(({ root }) => root && root.childElementCount > 0);
        return (
          loaded.length > 0 &&
          loaded.every(({ f, root }) => {
            const h = f.getBoundingClientRect().height;
            return h !== 192 && h >= root.getBoundingClientRect().height;
          })
        );
      },
      'no API table, or a story frame not sized to its story',
    );
}

await browser.close();
await server.close();
if (failures.length) {
  console.error(`storybook-smoke: FAILED\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `storybook-smoke: ${firstStories.length} story files and ${docs.length} docs pages show the kit`,
);
