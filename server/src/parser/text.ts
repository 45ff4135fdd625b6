// Line splitting and range helpers shared by the parser modules.
import type { Range, Token } from './model';

/** Splits on LF, CRLF and lone CR, like VS Code does. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function range(line: number, start: number, endLine: number, end: number): Range {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

/** A token on one line from `start` (inclusive) to `end` (exclusive). */
export function token(line: number, start: number, text: string): Token {
  return { text, range: range(line, start, line, start + text.length) };
}

/** The range of a whole line, or of lines `first`..`last`. */
export function lineRange(lines: readonly string[], first: number, last = first): Range {
  return range(first, 0, last, lines[last].length ?? 0);
}

/** A token for the regex group `group` of `match`, which was run on `line` (needs the `d` flag). */
export function groupToken(match: RegExpExecArray, group: number | string, line: number, offset = 0): Token | undefined {
  const indices = match.indices;
  const pair = typeof group === 'number' ? indices?.[group] : indices?.groups?.[group];
  const text = typeof group === 'number' ? match[group] : match.groups?.[group];
  if (!pair || text === undefined) return undefined;
  return token(line, pair[0] + offset, text);
}

const nonBlank = /\S/;

export function isBlank(text: string): boolean {
  return !nonBlank.test(text);
}
