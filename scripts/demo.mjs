// Starts @web/dev-server with web-dev-server.config.mjs and prints the demo URL.
// One server, two origins: http://localhost:PORT and http://127.0.0.1:PORT
// (PORT=8000 unless set; when that port is taken, a free one, and the URL printed says which).
// Stop it with Ctrl-C or by killing this process.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { pickPort } from './free-port.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const wanted = Number(process.env.PORT ?? 8000);
const { port, preferred } = await pickPort(wanted);
if (!preferred) console.log(`Demo: port ${wanted} is taken; using port ${port}`);
const bin = `${root}node_modules/@web/dev-server/dist/bin.js`;
const child = spawn(process.execPath, [bin, '--config', 'web-dev-server.config.mjs'], {
  cwd: root,
  stdio: ['inherit', 'pipe', 'inherit'],
  env: { ...process.env, PORT: String(port) },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

let announced = false;
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!announced && chunk.toString().includes('Web Dev Server started')) {
    announced = true;
    setTimeout(
      () =>
        console.log(
          `Demo: http://localhost:${port}/demo/   (second origin: http://127.0.0.1:${port}/)`,
        ),
      100,
    );
  }
});
