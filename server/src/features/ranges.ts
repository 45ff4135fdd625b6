// Position and range arithmetic shared by the editor features (0-based LSP positions).
import type { Position, Range } from '../parser/model';

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Orders things with ranges by where they start (for sorting into document order). */
export function compareStarts(a: { range: Range }, b: { range: Range }): number {
  return comparePositions(a.range.start, b.range.start);
}

/** Whether `position` lies in `range`, its end included (a cursor just after a word is on it). */
export function containsPosition(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

export function containsRange(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

export function sameRange(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

/** Orders ranges from small to large: fewer lines first, then fewer characters. */
export function compareRangeSize(a: Range, b: Range): number {
  const lines = a.end.line - a.start.line - (b.end.line - b.start.line);
  if (lines !== 0) return lines;
  return a.end.character - a.start.character - (b.end.character - b.start.character) || comparePositions(b.start, a.start);
}

/** Whether two ranges share at least one line. */
export function linesOverlap(a: Range, first: number, last: number): boolean {
  return a.start.line <= last && a.end.line >= first;
}

export function lineSpan(first: number, firstCharacter: number, last: number, lastCharacter: number): Range {
  return { start: { line: first, character: firstCharacter }, end: { line: last, character: lastCharacter } };
}
