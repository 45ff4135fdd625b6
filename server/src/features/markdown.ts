// Markdown for hovers. Cable text is untrusted: every piece of it is escaped here, so it can
// never become a link, a command, HTML, an entity, a theme icon or formatting. Hover texts
// are built with the `md` template tag, which escapes each interpolated value unless it is
// already `Markdown` (made by this module).

/** Markdown source that is safe to show: written here or escaped. */
export class Markdown {
  constructor(readonly value: string) {}
}

/** All ASCII punctuation; CommonMark lets each of them be backslash-escaped. */
const asciiPunctuation = /[!-/:-@[-`{-~]/g;
/** Line breaks would start new blocks (headings, lists, HTML blocks); controls are dropped. */
const lineBreaks = /\r\n|[\r\n\u2028\u2029\v\f]/g;
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/** One line of plain text with every Markdown and HTML special character escaped. */
export function escapeMarkdown(text: string): string {
  return flatten(text).replace(asciiPunctuation, (c) => `\\${c}`);
}

/** Text shown verbatim in a code span, whose fence is longer than any backtick run inside. */
export function code(text: string): Markdown {
  const flat = flatten(text);
  if (flat.trim() === '') return new Markdown('');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // A space on both sides keeps a leading or trailing backtick apart from the fence.
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return new Markdown(`${fence}${pad}${flat}${pad}${fence}`);
}

function flatten(text: string): string {
  return text.replace(lineBreaks, ' ').replace(controls, '');
}

/** Escapes the interpolated values of a template written in this codebase. */
export function md(strings: TemplateStringsArray, ...values: (string | number | Markdown)[]): Markdown {
  let out = strings[0];
  values.forEach((value, i) => {
    out += (value instanceof Markdown ? value.value : escapeMarkdown(String(value))) + strings[i + 1];
  });
  return new Markdown(out);
}

/** Joins pieces of Markdown; plain strings among them are escaped. */
export function joinMarkdown(parts: readonly (Markdown | string)[], separator = '\n\n'): Markdown {
  return new Markdown(parts.map((part) => (part instanceof Markdown ? part.value : escapeMarkdown(part))).join(separator));
}

/** A Markdown bullet list, one escaped or pre-built line per item. */
export function bullets(items: readonly (Markdown | string)[]): Markdown {
  return joinMarkdown(items.map((item) => md`- ${item}`), '\n');
}
