// Writes each public element's docs page, docs/elements/<tag>.md, from custom-elements.json
// (`npm run docs` runs `npm run analyze` first). The hand-written part of a page (above the
// generated mark) is kept; the API reference below it is rewritten. `--check` writes nothing and
// exits 1 when a page is missing, stale or left over from an element that is gone.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { elementPage, publicElements } from './element-docs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = `${root}docs/elements/`;
const check = process.argv.includes('--check');
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
const elements = publicElements(manifest);

mkdirSync(dir, { recursive: true });
const problems = [];
for (const [tag, decl] of elements) {
  const path = `${dir}${tag}.md`;
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const page = elementPage(tag, decl, existing);
  if (page === existing) continue;
  if (check) problems.push(`docs/elements/${tag}.md is ${existing ? 'stale' : 'missing'}`);
  else {
    writeFileSync(path, page);
    console.log(`docs: wrote docs/elements/${tag}.md`);
  }
}
for (const file of readdirSync(dir))
  if (file.endsWith('.md') && !elements.has(file.slice(0, -3)))
    problems.push(`docs/elements/${file} documents no element of the manifest: remove it`);

if (problems.length) {
  for (const p of problems) console.error(`docs: ${p}`);
  if (check) console.error('docs: run `npm run docs`');
  process.exit(1);
}
if (check) console.log(`docs: ${elements.size} element pages match custom-elements.json`);
