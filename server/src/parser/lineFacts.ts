// Facts about every line, gathered in one pass before parsing: its first non-blank character,
// and whether it may hold a marker that can sit anywhere in a line (a page marker, `End
// summary`). Searching the whole text once for a short needle is native and far cheaper than a
// regex run on every line; a line without a hint is known not to match, a line with one is
// checked by the real pattern.
import type { Banner } from './model';
import { isSpaceCode } from './text';

/** Bits of a line's hint. */
export const LineHint = {
  /** Holds `00`: every page marker has a zero-padded eight-digit serial. */
  PageMarker: 1,
  /**
   * Holds `mm`, `MM` or `Mm`, as SUMMARY and COMMENT written in capitals, in small letters or
   * capitalised do: it may end a Summary or Comment block. (`mM` is not searched: each needle
   * costs a pass over the text, and no one writes `SumMary`.)
   */
  BlockEnd: 2,
} as const;

const needles: readonly [string, number][] = [
  ['00', LineHint.PageMarker],
  ['mm', LineHint.BlockEnd],
  ['MM', LineHint.BlockEnd],
  ['Mm', LineHint.BlockEnd],
];

/** A blank line's lead. */
export const blankLead = -1;

export interface LineFacts {
  /** Each line's first non-blank character as a UTF-16 code, `blankLead` for a blank line. */
  readonly leads: readonly number[];
  /** Each line's `LineHint` bits. */
  readonly hints: readonly number[];
  /** Banners read so far, by line (`null`: none there), filled as the parser asks (`bannerAt`). */
  readonly banners: Map<number, Banner | null>;
}

/** The facts of each line of `text`, which `lines` holds split (by `splitLines`). */
export function lineFacts(text: string, lines: readonly string[]): LineFacts {
  // Plain arrays of small integers: allocating typed arrays per document costs more than filling them.
  const leads: number[] = [];
  const hints: number[] = [];
  const starts: number[] = [];
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    // Read from `text` itself: reading from the split lines is several times slower.
    const lineEnd = offset + lines[i].length;
    let at = offset;
    while (at < lineEnd && isSpaceCode(text.charCodeAt(at))) at++;
    leads.push(at === lineEnd ? blankLead : text.charCodeAt(at));
    hints.push(0);
    starts.push(offset);
    // The line end: CRLF counts two characters, LF or a lone CR one.
    offset = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  for (const [needle, hint] of needles) {
    let line = 0;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      line = lineAt(starts, at, line);
      hints[line] |= hint;
    }
  }
  return { leads, hints, banners: new Map() };
}

/** The line that holds offset `at`, at or after line `from` (binary search over the line starts). */
function lineAt(starts: readonly number[], at: number, from: number): number {
  let low = from;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}
