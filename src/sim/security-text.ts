/**
 * The panel edits the security options as text, one `name = value` per line (the form of the
 * seed's sample configuration, `service-client-api.rate-limit.voice.dial=4`).
 */
import type { SecurityOptions } from './security.js';

export function securityToText(options: SecurityOptions): string {
  return Object.entries(options)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k} = ${Array.isArray(v) ? v.join(', ') : String(v)}`)
    .join('\n');
}

export function textToSecurity(text: string): SecurityOptions {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const i = line.indexOf('=');
    if (i <= 0) continue;
    const key = line.slice(0, i).trim();
    if (!key.startsWith('service-client-api.')) continue;
    out[key] = line.slice(i + 1).trim();
  }
  return out as SecurityOptions;
}
