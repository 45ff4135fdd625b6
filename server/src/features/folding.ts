// Folding: the header, its TO/INFO/XMT lists, the REF list, each section (heading to its last
// paragraph), each paragraph, Summary and Comment blocks, and each cable of a file with several.
import type { FoldingRange } from 'vscode-languageserver-types';
import type { Address, CableFile, Range } from '../parser/model';
import { headerRange, sectionRanges } from './structure';

export function foldingRanges(file: CableFile): FoldingRange[] {
  const spans: Range[] = [];
  for (const cable of file.cables) {
    if (file.cables.length > 1) spans.push(cable.range);
    if (cable.header.shape !== 'none') spans.push(headerRange(cable));
    for (const list of [cable.header.to, cable.header.info, cable.header.xmt]) {
      if (list.length) spans.push(addressListRange(list));
    }
    if (cable.references) spans.push(cable.references.range);
    spans.push(...sectionRanges(cable));
    for (const paragraph of cable.paragraphs) spans.push(paragraph.range);
    for (const block of cable.blocks) spans.push(block.range);
  }
  return toFoldingRanges(spans);
}

function addressListRange(list: readonly Address[]): Range {
  return { start: list[0].range.start, end: list[list.length - 1].range.end };
}

/**
 * One fold per start line, the widest: VS Code keeps only the first range that starts on a
 * line. A fold shows its first line and hides the rest, so it needs two lines at least.
 */
function toFoldingRanges(spans: readonly Range[]): FoldingRange[] {
  const widest = new Map<number, number>();
  for (const { start, end } of spans) {
    if (end.line > start.line && end.line > (widest.get(start.line) ?? -1)) widest.set(start.line, end.line);
  }
  return [...widest].sort(([a], [b]) => a - b).map(([startLine, endLine]) => ({ startLine, endLine }));
}
