// Spans of the cable's structure that several features need: a section runs from its
// heading to the end of the last paragraph under it.
import type { Cable, Range } from '../parser/model';
import { splitLines } from '../parser/text';

/** The range of each heading's section, in the order of `cable.headings`. */
export function sectionRanges(cable: Cable): Range[] {
  const ranges = cable.headings.map((heading) => heading.fullRange);
  for (const paragraph of cable.paragraphs) {
    if (paragraph.heading === undefined) continue;
    const section = ranges[paragraph.heading];
    if (paragraph.range.end.line >= section.end.line) ranges[paragraph.heading] = { start: section.start, end: paragraph.range.end };
  }
  return ranges;
}

/** The cable holding `line`, if any. */
export function cableAtLine<T extends { range: Range }>(cables: readonly T[], line: number): T | undefined {
  return cables.find((cable) => cable.range.start.line <= line && line <= cable.range.end.line);
}

/** The header's lines from its first non-blank one (the parser's header starts with the blank lines above it). */
export function headerRange(cable: Cable): Range {
  const { start, end } = cable.header.range;
  return start.line >= cable.range.start.line ? cable.header.range : { start: cable.range.start, end };
}

let lastText: string | undefined;
let lastLines: string[] = [];

/**
 * The lines of a document's text. Requests on one document version pass the same string, so
 * the last split is kept: hovering and selecting do not split the whole text on every call.
 */
export function documentLines(text: string): readonly string[] {
  if (text !== lastText) {
    lastLines = splitLines(text);
    lastText = text;
  }
  return lastLines;
}
