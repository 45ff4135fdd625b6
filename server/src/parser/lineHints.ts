// Which lines may hold a marker that can sit anywhere in a line (a page marker, `End summary`).
// Searching the whole text once for a short needle is native and far cheaper than a regex
// run on every line; a line without a hint is known not to match, a line with one is checked
// by the real pattern.

/** Bits of a line's hint. */
export const LineHint = {
  /** Holds `00`: every page marker has a zero-padded eight-digit serial. */
  PageMarker: 1,
  /** Holds `mm` in any case, as SUMMARY and COMMENT do: it may end a Summary or Comment block. */
  BlockEnd: 2,
} as const;

const needles: readonly [string, number][] = [
  ['00', LineHint.PageMarker],
  ['mm', LineHint.BlockEnd],
  ['MM', LineHint.BlockEnd],
  ['Mm', LineHint.BlockEnd],
  ['mM', LineHint.BlockEnd],
];

/** The hints of each line of `text`, which `lines` holds split (by `splitLines`). */
export function lineHints(text: string, lines: readonly string[]): Uint8Array {
  const hints = new Uint8Array(lines.length);
  const starts = lineStarts(text, lines);
  for (const [needle, hint] of needles) {
    let line = 0;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      while (line + 1 < starts.length && starts[line + 1] <= at) line++;
      hints[line] |= hint;
    }
  }
  return hints;
}

/** The offset of each line's first character in `text`. */
function lineStarts(text: string, lines: readonly string[]): Float64Array {
  const starts = new Float64Array(lines.length);
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = offset;
    offset += lines[i].length;
    // The line end: CRLF counts two characters, LF or a lone CR one.
    offset += text.charCodeAt(offset) === 13 && text.charCodeAt(offset + 1) === 10 ? 2 : 1;
  }
  return starts;
}
