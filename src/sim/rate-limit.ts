/**
 * Rate limiting (seed 003 "Rate Limit"): fixed one-minute windows ("each minute, not a sliding
 * window"), counted per request type AND per client origin — we chose per origin so that one
 * noisy page cannot lock every other page out of a request type.
 *
 * Past the limit, the first request is answered with the seed's error text and the request type
 * is quarantined: further requests are ignored (no answer at all) for the quarantine delay
 * (0 = forever). When the quarantine ends, counting restarts from zero.
 */
export type RateVerdict = 'ok' | 'limit-reached' | 'ignored';

interface Counter {
  window: number;
  count: number;
  quarantinedUntil: number | null;
}

export const WINDOW_MS = 60_000;

export class RateLimiter {
  private counters = new Map<string, Counter>();

  constructor(private readonly now: () => number) {}

  /** Counts one request; `limit` 0 = unlimited. */
  check(origin: string, request: string, limit: number, quarantineSeconds: number): RateVerdict {
    const key = `${origin} ${request}`;
    const t = this.now();
    const window = Math.floor(t / WINDOW_MS);
    let c = this.counters.get(key);
    if (c?.quarantinedUntil != null) {
      if (c.quarantinedUntil === Infinity || t < c.quarantinedUntil) return 'ignored';
      c = undefined; // the quarantine is over: counting restarts
    }
    if (!limit) {
      this.counters.delete(key);
      return 'ok';
    }
    if (!c || c.window !== window) c = { window, count: 0, quarantinedUntil: null };
    this.counters.set(key, c);
    c.count++;
    if (c.count <= limit) return 'ok';
    c.quarantinedUntil = quarantineSeconds === 0 ? Infinity : t + quarantineSeconds * 1000;
    return 'limit-reached';
  }

  /** Quarantined request types of an origin, with the time each ends (Infinity = forever). */
  quarantined(origin?: string): Array<{ origin: string; request: string; until: number }> {
    const out: Array<{ origin: string; request: string; until: number }> = [];
    const t = this.now();
    for (const [key, c] of this.counters) {
      const [o, request] = key.split(' ');
      if (
        c.quarantinedUntil != null &&
        t < c.quarantinedUntil &&
        (origin === undefined || o === origin)
      ) {
        out.push({ origin: o, request, until: c.quarantinedUntil });
      }
    }
    return out;
  }

  reset(): void {
    this.counters.clear();
  }
}
