/**
 * `configuration.getOption` / `getContextualOption` (seed 003 "Configuration namespace").
 *
 * - A name without a section reads `[interaction-workspace]`; `Section/option` reads another
 *   section (spaces around the slash are tolerated, as in the seed's own example).
 * - `*` is a wildcard only at the END of a name (`voice.*`, `voice.auto*`, `CustomAPI/test.*`);
 *   at the start (`*.mark-done`, and so a lone `*`), in the middle, or in a section name, the
 *   request fails with `invalidOptionText`.
 * - Unknown options are simply absent from the result.
 * - Contextual overrides: the option `interaction.override-option-key` names a user-data key
 *   (`IW_OverrideOptions`); its value lists transaction objects (comma-separated) whose annex
 *   sections override the options, as in the seed's `CaseDataColor` example.
 */
import type { ConfigurationSections, UserData } from '../bridge/api.js';

export const DEFAULT_SECTION = 'interaction-workspace';
export const OVERRIDE_KEY_OPTION = 'interaction.override-option-key';

export type OptionValue = string | string[];
export type Sections = Record<string, Record<string, OptionValue>>;

export function invalidOptionText(query: string): string {
  return `Error: Invalid option name '${query}': the wildcard '*' is allowed only at the end of a name.`;
}

export interface OptionQuery {
  section: string;
  name: string;
  prefix: boolean;
}

/** Parses one query; throws the error text when the wildcard is misplaced. */
export function parseOptionQuery(raw: string): OptionQuery {
  const text = String(raw).trim();
  const slash = text.indexOf('/');
  const section = slash >= 0 ? text.slice(0, slash).trim() : DEFAULT_SECTION;
  const name = slash >= 0 ? text.slice(slash + 1).trim() : text;
  if (
    section.includes('*') ||
    name.startsWith('*') ||
    name.slice(0, -1).includes('*') ||
    section === '' ||
    name === ''
  ) {
    throw new Error(invalidOptionText(text));
  }
  return name.endsWith('*')
    ? { section, name: name.slice(0, -1), prefix: true }
    : { section, name, prefix: false };
}

function normalizeQueries(options: unknown): string[] {
  if (typeof options === 'string') return [options];
  if (Array.isArray(options) && options.every((o) => typeof o === 'string')) return options;
  throw new Error('Error: The options must be an option name or a list of option names.');
}

/** Reads options from sections; throws an error text for a bad query. */
export function queryOptions(sections: Sections, options: unknown): ConfigurationSections {
  const out: ConfigurationSections = {};
  for (const q of normalizeQueries(options).map(parseOptionQuery)) {
    const section = Object.prototype.hasOwnProperty.call(sections, q.section)
      ? sections[q.section]
      : undefined;
    if (!section) continue;
    for (const [name, value] of Object.entries(section)) {
      if (q.prefix ? name.startsWith(q.name) : name === q.name) {
        (out[q.section] ??= {})[name] = Array.isArray(value) ? [...value] : value;
      }
    }
  }
  return out;
}

/** Sections with the overrides of an interaction's transaction objects applied on top. */
export function contextualSections(
  sections: Sections,
  transactions: Record<string, Sections>,
  userData: UserData,
): Sections {
  const keyOption = sections[DEFAULT_SECTION]?.[OVERRIDE_KEY_OPTION];
  const key = typeof keyOption === 'string' ? keyOption : undefined;
  const names =
    key && typeof userData[key] === 'string'
      ? String(userData[key])
          .split(',')
          .map((s) => s.trim())
      : [];
  const merged: Sections = {};
  for (const [s, opts] of Object.entries(sections)) merged[s] = { ...opts };
  for (const name of names) {
    const annex = Object.prototype.hasOwnProperty.call(transactions, name)
      ? transactions[name]
      : undefined;
    for (const [s, opts] of Object.entries(annex ?? {}))
      merged[s] = { ...(merged[s] ?? {}), ...opts };
  }
  return merged;
}
