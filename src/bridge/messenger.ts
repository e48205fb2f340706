/**
 * Messenger (seed 003 `messenger.broadcastMessage`): pages in different frames of one workspace
 * talk through it. A message broadcast on a channel reaches every page subscribed to
 * `messenger:<channel>` (the sender too, when it listens), as the event's `data`.
 */

/** The event name of a channel; throws a TypeError for a channel that is not a non-empty string. */
export function messengerEvent(channel: string): `messenger:${string}` {
  if (typeof channel !== 'string' || channel.trim() === '')
    throw new TypeError('A messenger channel must be a non-empty string.');
  return `messenger:${channel}`;
}

/** The channel of a `messenger:<channel>` event name, or undefined for other events. */
export function messengerChannel(event: string): string | undefined {
  return event.startsWith('messenger:') && event.length > 'messenger:'.length
    ? event.slice('messenger:'.length)
    : undefined;
}

export type MessageListener<T = unknown> = (message: T, channel: string) => void;
