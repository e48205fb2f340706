// Files generated from custom-elements.json at build time (`npm run build`, after tsc):
//   dist/vscode.html-custom-data.json   VS Code's HTML custom data (README: "Editors")
//   dist/web-types.json                 JetBrains' web-types (package.json "web-types")
//   dist/types/frameworks/react.d.ts    JSX typings (`agent-desk-kit/react`)
//   dist/types/frameworks/vue.d.ts      Vue template typings (`agent-desk-kit/vue`)
// Fails when the manifest is missing (run `npm run analyze` first) or names no element.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { kitElements } from './manifest/elements.mjs';
import { vscodeCustomData, webTypes } from './manifest/editor-data.mjs';
import { reactTypes, vueTypes } from './manifest/framework-types.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const elements = kitElements(manifest);
if (elements.length === 0) throw new Error('custom-elements.json names no element');

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
mkdirSync('dist/types/frameworks', { recursive: true });
writeFileSync('dist/vscode.html-custom-data.json', json(vscodeCustomData(elements)));
writeFileSync('dist/web-types.json', json(webTypes(elements, pkg)));
writeFileSync('dist/types/frameworks/react.d.ts', reactTypes(elements));
writeFileSync('dist/types/frameworks/vue.d.ts', vueTypes(elements));
console.log(
  `manifest outputs: ${elements.length} elements -> editor data (VS Code, web-types), React and Vue typings`,
);
