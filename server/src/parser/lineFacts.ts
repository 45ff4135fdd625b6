// Facts about every line, gathered in one pass before parsing: its first non-blank character,
// and whether it may hold a marker that can sit anywhere in a line (a page marker, `End
// summary`). Searching the whole text once for a short needle is native and far cheaper than a
// regex run on every line; a line without a hint is known not to match, a line with one is
// checked by the real pattern.
import type { Banner } from './model';
import { isDigitCode, isSpaceCode } from './text';
import { bannerMayStart } from './patterns';

/** Bits of a line's hint. */
export const LineHint = {
  /**
   * Holds `00` inside a run of eight or more digits: every page marker has a serial of eight
   * zero-padded digits (`TASHKENT 00000578 002 OF 003`).
   */
  PageMarker: 1,
  /**
   * Holds `mm`, `MM` or `Mm` between the letters of SUMMARY or COMMENT (`u…a`, `o…e`, any
   * case), as SUMMARY and COMMENT written in capitals, in small letters or capitalised do: it may
   * end a Summary or Comment block. (`mM` is not searched: each needle costs a pass over the
   * text, and no one writes `SumMary`.)
   */
  BlockEnd: 2,
  /**
   * May hold a banner: its first three letters are those of a classification word or `Cable
   * dated:` (`bannerMayStart`). Read from the whole text, which may look past the line's end: a
   * line it lets through is still read by the banner pattern.
   */
  Banner: 4,
} as const;

/** Whether a needle found at `at` really hints what its bit says (see `LineHint`). */
type NeedleCheck = (text: string, at: number) => boolean;

/** The `00` at `at` lies in a run of at least eight digits. */
const inSerial: NeedleCheck = (text, at) => {
  let from = at;
  while (from > 0 && isDigitCode(text.charCodeAt(from - 1))) from--;
  let to = at + 2;
  while (to - from < 8 && isDigitCode(text.charCodeAt(to))) to++;
  return to - from >= 8;
};

/** The `mm` at `at` is the middle of SUMMARY (`umma`) or COMMENT (`omme`), in any case. */
const inBlockWord: NeedleCheck = (text, at) => {
  const before = text.charCodeAt(at - 1) | 0x20;
  const after = text.charCodeAt(at + 2) | 0x20;
  return (before === 0x75 /* u */ && after === 0x61) /* a */ || (before === 0x6f /* o */ && after === 0x65) /* e */;
};

/** A blank line's lead. */
export const blankLead = -1;

export interface LineFacts {
  /** Each line's first non-blank character as a UTF-16 code, `blankLead` for a blank line. */
  readonly leads: readonly number[];
  /** Each line's `LineHint` bits. */
  readonly hints: readonly number[];
  /** Banners read so far, by line (`null`: none there), filled as the parser asks (`bannerAt`). */
  readonly banners: (Banner | null | undefined)[];
}

/** The facts of each line of `text`, which `lines` holds split (by `splitLines`). */
export function lineFacts(text: string, lines: readonly string[]): LineFacts {
  const crlf = text.includes('\r');
  const pageMarkers = confirmedHits(text, ['00'], inSerial);
  const blockEnds = confirmedHits(text, ['mm', 'MM', 'Mm'], inBlockWord);
  // Plain arrays of small integers: allocating typed arrays per document costs more than filling them.
  const leads: number[] = [];
  const hints: number[] = [];
  let nextMarker = 0;
  let nextEnd = 0;
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    // Read from `text` itself: reading from the split lines is slower.
    const length = lines[i].length;
    const lineEnd = offset + length;
    let leadAt = offset;
    // Most lines start with a printable ASCII character.
    if (!(text.charCodeAt(offset) > 32 && text.charCodeAt(offset) < 127)) {
      while (leadAt < lineEnd && isSpaceCode(text.charCodeAt(leadAt))) leadAt++;
    }
    const lead = leadAt === lineEnd ? blankLead : text.charCodeAt(leadAt);
    leads.push(lead);
    let hint = lead !== blankLead && bannerMayStart(text, leadAt) ? LineHint.Banner : 0;
    // The hits are in order: the line holds those before its end.
    if (nextMarker < pageMarkers.length && pageMarkers[nextMarker] < lineEnd) {
      hint |= LineHint.PageMarker;
      while (nextMarker < pageMarkers.length && pageMarkers[nextMarker] < lineEnd) nextMarker++;
    }
    if (nextEnd < blockEnds.length && blockEnds[nextEnd] < lineEnd) {
      hint |= LineHint.BlockEnd;
      while (nextEnd < blockEnds.length && blockEnds[nextEnd] < lineEnd) nextEnd++;
    }
    hints.push(hint);
    offset = lineEnd + (crlf ? lineEndLength(text, lineEnd) : 1);
  }
  return { leads, hints, banners: new Array(lines.length) };
}

/** The length of the line end at `at`: CRLF counts two characters, LF or a lone CR one. */
function lineEndLength(text: string, at: number): number {
  return text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? 2 : 1;
}

/** Where `needles` are found (native substring searches) and confirmed by `check`, in order. */
function confirmedHits(text: string, needles: readonly string[], check: NeedleCheck): number[] {
  const hits: number[] = [];
  for (const needle of needles) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) if (check(text, at)) hits.push(at);
  }
  // Hits of several needles come one needle after the other.
  return needles.length > 1 ? hits.sort((a, b) => a - b) : hits;
}
