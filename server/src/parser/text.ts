// Line splitting and range helpers shared by the parser modules.
import type { Range, Token } from './model';

/** One physical line of the input, without its line terminator. */
export interface Line {
  text: string;
  index: number;
}

/** Splits on LF, CRLF and lone CR, like VS Code does. Linear in the input. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ text: text.slice(start, i), index: lines.length });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ text: text.slice(start), index: lines.length });
  return lines;
}

export function range(line: number, start: number, endLine: number, end: number): Range {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

/** A token on one line from `start` (inclusive) to `end` (exclusive). */
export function token(line: number, start: number, text: string): Token {
  return { text, range: range(line, start, line, start + text.length) };
}

/** The range of a whole line, or of lines `first`..`last`. */
export function lineRange(lines: readonly Line[], first: number, last = first): Range {
  return range(first, 0, last, lines[last]?.text.length ?? 0);
}

export function spanRanges(a: Range, b: Range): Range {
  return { start: a.start, end: b.end };
}

/** A token for the regex group `group` of `match`, which was run on `line` (needs the `d` flag). */
export function groupToken(match: RegExpExecArray, group: number | string, line: number, offset = 0): Token | undefined {
  const indices = match.indices;
  const pair = typeof group === 'number' ? indices?.[group] : indices?.groups?.[group];
  const text = typeof group === 'number' ? match[group] : match.groups?.[group];
  if (!pair || text === undefined) return undefined;
  return token(line, pair[0] + offset, text);
}

export function isBlank(text: string): boolean {
  return text.trim().length === 0;
}
