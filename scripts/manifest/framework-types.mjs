// Typings for the kit's tags in React 19 TSX and Vue 3 templates, generated from the manifest
// and shipped as `agent-desk-kit/react` and `agent-desk-kit/vue` (types only: a consumer writes
// `import type {} from 'agent-desk-kit/react'` once). Each tag takes the framework's HTML
// attributes, the element's attributes (text), its writable properties (by their own types: both
// frameworks set a property when the element has one) and its events, typed by
// `HTMLElementEventMap` (where the kit declares each `adk-*` event's detail).
import { isBoolean, stringLiterals } from './elements.mjs';

const HEADER =
  '// Generated from custom-elements.json by scripts/manifest-outputs.mjs: do not edit.\n';

const doc = (text, indent) =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, `\n${indent} * `)} */\n` : '';
/** `{ …lines }`, or `{}` when there is none. */
const block = (lines, indent) => (lines.length ? `{\n${lines.join('\n')}\n${indent}}` : '{}');
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** `import type` lines for the element classes, relative to dist/types/frameworks/. */
function classImports(elements) {
  return elements
    .map(
      (el) =>
        `import type { ${el.className} } from '${el.module.replace(/^src\//, '../').replace(/\.ts$/, '.js')}';`,
    )
    .join('\n');
}

/** An attribute's value as text in markup: boolean, one of its literals, or a string. */
function attributeType(a) {
  if (isBoolean(a.type)) return 'boolean';
  const values = stringLiterals(a.type);
  if (values) return values.map((v) => `'${v}'`).join(' | ');
  if (a.type && /\bnumber\b/.test(a.type)) return 'number | string';
  return 'string';
}

/** Members every framework shares: attributes not named like a property, then properties. */
function members(el, indent) {
  const props = new Set(el.properties.map((p) => p.name));
  const lines = [];
  for (const a of el.attributes) {
    if (props.has(a.name)) continue;
    lines.push(`${doc(a.description, indent)}${indent}${key(a.name)}?: ${attributeType(a)};`);
  }
  for (const p of el.properties) {
    lines.push(
      `${doc(p.description, indent)}${indent}${key(p.name)}?: ${el.className}['${p.name}'];`,
    );
  }
  return lines;
}

const EVENT_TYPE = `/** A kit event by name, as \`HTMLElementEventMap\` declares it. */
export type KitEvent<K extends string> = K extends keyof HTMLElementEventMap
  ? HTMLElementEventMap[K]
  : Event;`;

/** dist/types/frameworks/react.d.ts */
export function reactTypes(elements) {
  const tags = elements.map((el) => {
    const lines = members(el, '      ');
    for (const e of el.events) {
      lines.push(
        `${doc(e.description, '      ')}      ${key(`on${e.name}`)}?: (event: KitEvent<'${e.name}'>) => void;`,
      );
    }
    return `${doc(el.summary || el.description, '  ')}  '${el.tag}': KitTag<\n    ${el.className},\n    ${block(lines, '    ')}\n  >;`;
  });
  return `${HEADER}/**
 * The kit's tags in React 19 JSX: \`import type {} from 'agent-desk-kit/react';\` once in the app.
 * React 19 sets a prop as a property when the element has one, and \`on<event-name>\` listens to
 * that event (\`onadk-call-action-result\`). Register the elements before React renders them.
 */
import type { HTMLAttributes, RefAttributes } from 'react';
${classImports(elements)}

${EVENT_TYPE}

/** React's HTML attributes (less those the element redefines), a ref, and the element's own. */
export type KitTag<E extends HTMLElement, Own> = Omit<HTMLAttributes<E>, keyof Own> &
  RefAttributes<E> &
  Own;

/** Every tag of the kit, as JSX sees it. */
export interface KitIntrinsicElements {
${tags.join('\n')}
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends KitIntrinsicElements {}
  }
}
`;
}

/** dist/types/frameworks/vue.d.ts */
export function vueTypes(elements) {
  const tags = elements.map((el) => {
    const props = members(el, '      ');
    const events = el.events.map(
      (e) => `${doc(e.description, '      ')}      '${e.name}': KitEvent<'${e.name}'>;`,
    );
    return `${doc(el.summary || el.description, '  ')}  '${el.tag}': KitVueElement<\n    ${el.className},\n    ${block(props, '    ')},\n    ${block(events, '    ')}\n  >;`;
  });
  return `${HEADER}/**
 * The kit's tags in Vue 3 templates (vue-tsc, Volar): \`import type {} from 'agent-desk-kit/vue';\`
 * once in the app. Vue binds a property when the element has one; \`@adk-…\` listens to the event.
 * Tell Vue's compiler the tags are custom elements (\`compilerOptions.isCustomElement\`).
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
${classImports(elements)}

${EVENT_TYPE}

/** A custom element as Vue's template type-checking sees a component (as Vue's guide shows). */
export type KitVueElement<
  E extends HTMLElement,
  Props extends object,
  Events extends Record<string, Event>,
> = new () => E & {
  /** @deprecated For template type-checking only: not a property of the element. */
  $props: Omit<HTMLAttributes, keyof Props> & Props & PublicProps;
  /** @deprecated For template type-checking only: not a method of the element. */
  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;
};

/** Every tag of the kit, as Vue's templates see it. */
export interface KitGlobalComponents {
${tags.join('\n')}
}

declare module 'vue' {
  interface GlobalComponents extends KitGlobalComponents {}
}
`;
}
