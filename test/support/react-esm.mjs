// React and React DOM ship CommonJS only, and the test server serves ES modules. @rollup/plugin-
// commonjs under fromRollup can't help: it gives React's modules a default export only (their
// named exports are rollup's `syntheticNamedExports`, which the dev server doesn't implement), so
// `import { useState } from 'react'` fails. Instead, one esbuild build (development mode, code
// splitting) of small entries that re-export each module's names: react, react/jsx-runtime and
// react-dom/client are served as ES modules that share ONE copy of React.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

/** The specifiers a page may import. */
const MODULES = [
  'react',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
  'react-dom',
  'react-dom/client',
];
const PREFIX = '/__react-esm__/';
const outName = (id) => id.replace(/\//g, '__');

/** Each module's export names, read in a child process (React must not load in the runner's). */
function exportNames(rootDir) {
  const script = `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(MODULES)}.map((id) => [id, Object.keys(require(id))]))))`;
  const out = execFileSync(process.execPath, ['-e', script], {
    cwd: rootDir,
    env: { ...process.env, NODE_ENV: 'development' },
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

/** `import m from 'react'; export default m; export const { useState, … } = m;` */
function reExport(id, all) {
  const names = all[id].filter((n) => n !== 'default' && /^[A-Za-z_$][\w$]*$/.test(n));
  return `import m from ${JSON.stringify(id)};\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`;
}

async function bundle(rootDir) {
  const names = exportNames(rootDir);
  const result = await build({
    absWorkingDir: rootDir,
    entryPoints: Object.fromEntries(MODULES.map((id) => [outName(id), `react-esm:${id}`])),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir: 'react-esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
    plugins: [
      {
        name: 'react-esm-entries',
        setup(b) {
          b.onResolve({ filter: /^react-esm:/ }, (a) => ({
            path: a.path.slice('react-esm:'.length),
            namespace: 'react-esm',
          }));
          b.onLoad({ filter: /.*/, namespace: 'react-esm' }, (a) => ({
            contents: reExport(a.path, names),
            resolveDir: rootDir,
            loader: 'js',
          }));
        },
      },
    ],
  });
  return new Map(
    result.outputFiles.map((f) => [f.path.slice(f.path.lastIndexOf('/') + 1), f.text]),
  );
}

export function reactEsmPlugin() {
  let rootDir = process.cwd();
  let files;
  return {
    name: 'react-esm',
    serverStart({ config }) {
      rootDir = config.rootDir ?? rootDir;
    },
    resolveImport({ source }) {
      return MODULES.includes(source) ? `${PREFIX}${outName(source)}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      files ??= bundle(rootDir);
      const body = (await files).get(context.path.slice(PREFIX.length));
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
