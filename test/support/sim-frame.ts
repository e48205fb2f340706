// Opens the simulated workspace (test/fixtures/sim-host.html) in an iframe on the OTHER origin
// (localhost ↔ 127.0.0.1, same server), and drives it over the sim's control channel.
import type { RemoteControl } from '../../src/sim/control.js';
import type { SecurityOptions } from '../../src/sim/security.js';
import { otherOrigin } from './origins.js';

export interface SimFrame {
  frame: HTMLIFrameElement;
  /** The host's window: post protocol requests here, with `origin` as the target origin. */
  window: Window;
  origin: string;
  /** Runs a control command (see CONTROL_COMMANDS in src/sim/control.ts); rejects with its error. */
  control: RemoteControl;
  /** Posts a command as given, unchecked (e.g. an unknown name, to see the channel refuse it). */
  controlUnchecked(command: string, ...args: unknown[]): Promise<unknown>;
  close(): void;
}

export interface SimFrameOptions {
  options?: SecurityOptions;
  clock?: 'manual' | 'real';
  /** Sim ms before a dialled call connects; 'none' = only when told. */
  connectDelay?: number | 'none';
  timeoutMs?: number;
  /** Client pages the workspace embeds (URLs), as it embeds its web apps. */
  clientFrames?: string[];
}

/** The security option that lets this test page use every method (seed 003 form: `<origin> (*)`). */
export const allowThisPage = (): SecurityOptions => ({
  'service-client-api.accepted-web-content-origins': `${location.origin} (*)`,
});

/** How the element tests open the workspace: this page allowed every method, calls connected only when told. */
export const elementSim = (): SimFrameOptions => ({
  options: allowThisPage(),
  connectDelay: 'none',
});

let nextControlId = 1;

export function openSimFrame(opts: SimFrameOptions = {}): Promise<SimFrame> {
  const origin = otherOrigin();
  const q = new URLSearchParams({ parentOrigin: location.origin });
  if (opts.options) q.set('options', JSON.stringify(opts.options));
  if (opts.clock) q.set('clock', opts.clock);
  if (opts.connectDelay !== undefined) q.set('connectDelay', String(opts.connectDelay));
  if (opts.clientFrames) q.set('frames', JSON.stringify(opts.clientFrames));
  const frame = document.createElement('iframe');
  frame.title = 'Simulated agent workspace';
  frame.src = `${origin}/test/fixtures/sim-host.html?${q}`;

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      window.removeEventListener('message', onReady);
      frame.remove();
      reject(new Error('the simulated workspace did not start'));
    }, opts.timeoutMs ?? 10000);
    function onReady(event: MessageEvent) {
      if (
        event.source !== frame.contentWindow ||
        event.origin !== origin ||
        event.data?.simHostReady !== true
      )
        return;
      window.removeEventListener('message', onReady);
      clearTimeout(timer);
      const win = frame.contentWindow!;
      resolve({
        frame,
        window: win,
        origin,
        control: (command, ...args) => post(command, args),
        controlUnchecked: (command, ...args) => post(command, args),
        close() {
          frame.remove();
        },
      });
      /** Posts one control command; resolves with the data its answer carries. */
      function post<T>(command: string, args: unknown[]): Promise<T> {
        const controlId = `c${nextControlId++}`;
        return new Promise((res, rej) => {
          const t = setTimeout(() => {
            window.removeEventListener('message', onResult);
            rej(new Error(`control '${command}' got no answer`));
          }, 5000);
          function onResult(e: MessageEvent) {
            if (
              e.source !== win ||
              e.origin !== origin ||
              e.data?.simControlResult !== true ||
              e.data.controlId !== controlId
            )
              return;
            window.removeEventListener('message', onResult);
            clearTimeout(t);
            if (typeof e.data.error === 'string') rej(new Error(e.data.error));
            else res(e.data.data);
          }
          window.addEventListener('message', onResult);
          win.postMessage({ simControl: command, args, controlId }, origin);
        });
      }
    }
    window.addEventListener('message', onReady);
    document.body.append(frame);
  });
}

/**
 * One simulated workspace for a mocha suite that accepts this page's origin and connects calls at
 * once: opened before the suite's tests, closed after them. Returns a getter for it.
 */
export function suiteSimFrame(): () => SimFrame {
  let sim: SimFrame | undefined;
  before(async () => {
    sim = await openSimFrame({
      options: { 'service-client-api.accepted-web-content-origins': `${location.origin} (*)` },
      connectDelay: 'none',
    });
  });
  after(() => sim?.close());
  return () => {
    if (!sim)
      throw new Error('suiteSimFrame: the simulated workspace is not open (outside a test?)');
    return sim;
  };
}
