// Hostile strings for tests of how cable text reaches the user. Cable text is untrusted: it
// must come out verbatim as plain text, or escaped where it lands in Markdown, never as a
// command link, HTML, an entity, a theme icon or a terminal control sequence.
import { cleanCable, edit } from './fixtures';

export interface HostileString {
  name: string;
  text: string;
  /** False for strings with control characters, which a terminal would act on. */
  printable: boolean;
  /** True when Markdown would show it as something other than its plain text. */
  activeInMarkdown: boolean;
}

const entry = (name: string, text: string, activeInMarkdown: boolean, printable = true): HostileString => ({ name, text, printable, activeInMarkdown });

export const hostileStrings: readonly HostileString[] = [
  entry('command link', '[x](command:workbench.action.terminal.new)', true),
  entry('command link with arguments', '[run](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22id%5Cn%22%7D)', true),
  entry('command autolink', '<command:workbench.action.terminal.new>', true),
  entry('javascript link', '[js](javascript:alert(1))', true),
  entry('HTML image with an event handler', '<img src=x onerror=alert(1)>', true),
  entry('script element', '<script>alert(1)</script>', true),
  entry('backticks', '`rm -rf ~` ``two`` ```fence', false),
  entry('theme icon (codicon) syntax', '$(terminal) $(sync~spin)', true),
  entry('HTML entities', '&lt;img src=x&gt; &#x27; &amp; &#96;', true),
  entry('backslash escapes', '\\[not a link\\](command:x) \\`', false),
  entry('shell substitution', '$(touch /tmp/cable-pwned) `touch /tmp/cable-pwned` ; rm -rf ~', false),
  entry('bidirectional override', 'abc\u202egnp.exe', false),
  entry('terminal escape sequences', '\u001b[31mred\u001b[0m \u001b]8;;https://example.invalid\u0007link\u001b]8;;\u0007', false, false),
];

/**
 * The clean fixture cable with `text` as its SUBJECT, as the first line of paragraph 2, and after
 * `N/A` on its E.O. line (which the eo-malformed diagnostic quotes).
 */
export function hostileCable(text: string): string {
  let cable = edit('SUBJECT: IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN\nUZBEKISTAN', `SUBJECT: ${text}`);
  cable = edit('¶2. (C) Naderi traveled to Tashkent.', `¶2. (C) ${text}`, cable);
  return edit('E.O. 12958: DECL: 05/21/2018', `E.O. 12958: N/A ${text}`, cable);
}

/** The fixture without any hostile text, for comparison. */
export const harmlessCable = cleanCable;

/** Removes Markdown code spans, whose content is shown literally. */
function withoutCodeSpans(markdown: string): string {
  return markdown.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, ' ');
}

/**
 * What in a piece of Markdown would not be shown as plain text: command or script links, raw
 * HTML, HTML entities, theme icons. Backslash-escaped characters and code spans are literal.
 * Empty for Markdown that shows cable text safely. For hover and other Markdown output.
 */
export function markdownHazards(markdown: string): string[] {
  const unescaped = (pattern: string) => new RegExp(`(?<!\\\\)(?:\\\\\\\\)*${pattern}`, 'i');
  const text = withoutCodeSpans(markdown);
  const checks: [string, RegExp][] = [
    ['link or image', unescaped('\\]\\(')],
    ['autolink', unescaped('<[a-z][a-z0-9+.-]*:')],
    ['raw HTML', unescaped('<[a-z!/?]')],
    ['HTML entity', unescaped('&(?:#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);')],
    ['theme icon', unescaped('\\$\\([a-z0-9-]+(?:~[a-z]+)?\\)')],
  ];
  return checks.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}
