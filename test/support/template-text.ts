// Finds text written into lit templates: the kit's rule is that an html`` (or svg``) template
// holds NO letters of its own — every word an element shows or announces comes from the
// catalogue through an expression (`${t.section.key}`). Punctuation and symbols (·, —, :) may
// stay literal. Checked: text between tags, and the values of the attributes assistive
// technology reads (aria-label, aria-description, aria-roledescription, aria-valuetext,
// title, placeholder, alt, label).

/** The attributes whose values assistive technology reads (so they are text a person meets). */
export const TEXT_ATTRIBUTES = [
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
];
const HOLE = '\u0000';

/** Index just past the string or template literal starting at `i` (a quote or a backtick). */
function skipLiteral(src: string, i: number): number {
  const quote = src[i];
  let j = i + 1;
  while (j < src.length && src[j] !== quote) {
    if (src[j] === '\\') j += 2;
    else if (quote === '`' && src[j] === '$' && src[j + 1] === '{') j = skipExpression(src, j + 2);
    else j++;
  }
  return j + 1;
}

/** Index just past the `}` closing an expression that starts at `i`. */
function skipExpression(src: string, i: number): number {
  let depth = 1;
  let j = i;
  while (j < src.length && depth > 0) {
    const c = src[j];
    if (c === '"' || c === "'" || c === '`') j = skipLiteral(src, j);
    else {
      if (c === '{') depth++;
      else if (c === '}') depth--;
      j++;
    }
  }
  return j;
}

/** The static text of the template literal starting at backtick `i`, its holes marked. */
function staticText(src: string, i: number): string {
  let out = '';
  let j = i + 1;
  while (j < src.length && src[j] !== '`') {
    if (src[j] === '\\') {
      out += src.slice(j, j + 2);
      j += 2;
    } else if (src[j] === '$' && src[j + 1] === '{') {
      out += HOLE;
      j = skipExpression(src, j + 2);
    } else out += src[j++];
  }
  return out;
}

const hasLetters = (s: string) =>
  /\p{L}/u.test(s.replace(/\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}/g, 'x'));

/** Literal words in the html``/svg`` templates of a source file (empty when it follows the rule). */
export function hardCodedTexts(source: string): string[] {
  const found: string[] = [];
  const re = /\b(?:html|svg)`/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const body = staticText(source, m.index + m[0].length - 1)
      .replace(/<style[\s\S]*?<\/style>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ');
    const attr = new RegExp(
      `(?<=\\s)(${TEXT_ATTRIBUTES.join('|')})\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>"']+))`,
      'g',
    );
    for (let a = attr.exec(body); a; a = attr.exec(body)) {
      const value = a[3] ?? a[4] ?? a[5] ?? '';
      if (hasLetters(value.split(HOLE).join(' ')))
        found.push(`${a[1]}="${value.split(HOLE).join('${…}')}"`);
    }
    for (const piece of body.replace(/<[^>]*>/g, HOLE).split(HOLE)) {
      const text = piece.replace(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi, ' ').trim();
      if (hasLetters(text)) found.push(text.replace(/\s+/g, ' '));
    }
  }
  return found;
}
