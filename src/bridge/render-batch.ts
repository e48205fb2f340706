/**
 * Renders for a burst of workspace events, once: an element asked to update by the bridge's
 * change feed renders in the next task rather than in the microtask after each event. Messages
 * from the workspace that are already queued (a burst) are applied first, so a burst of N events
 * costs one render of each element instead of N; a lone event costs one task hop more.
 *
 * `BridgeController` marks the host (`deferToNextTask`) before asking it to update; the kit's
 * base element (`KitElement.scheduleUpdate`) waits for `nextTask()` when the update was marked.
 * `updateComplete` includes the wait, so `await el.updateComplete` still sees the new state.
 */
const marked = new WeakSet<object>();
let next: Promise<void> | undefined;

/** The host's next update was asked for by the bridge: it may wait for the end of the burst. */
export function deferToNextTask(host: object): void {
  marked.add(host);
}

/** Whether the host's pending update was marked (and forgets the mark). */
export function takeDeferred(host: object): boolean {
  return marked.delete(host);
}

/** Resolves in a new task (a MessageChannel message: after the messages already queued). */
export function nextTask(): Promise<void> {
  next ??= new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      next = undefined;
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
  return next;
}
