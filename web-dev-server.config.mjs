// @web/dev-server for the demo: serves the repo root, compiles .ts on the fly.
//
// Two origins, one server: for hostname 'localhost' wds listens on all
// addresses (`::`, dual stack), so http://localhost:PORT and http://127.0.0.1:PORT both
// reach it (the demo's workspace page on localhost embeds a CRM page from
// 127.0.0.1). PORT is 8000 unless the PORT env var says otherwise.
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  rootDir: '.',
  hostname: 'localhost',
  port: Number(process.env.PORT ?? 8000),
  nodeResolve: true,
  open: false,
  watch: false,
  // tsconfig: needed for experimental decorators; a fixed target, so that a
  // client with an unknown user agent (curl) gets the same code as Chromium.
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
};
