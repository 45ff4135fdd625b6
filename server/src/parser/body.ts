// The body: banner, captions, caption block, paragraphs, headings, summary/comment blocks,
// page markers and the signature. One forward pass over the lines, plus a short look back
// from the end for the signature.
import type { Banner, Block, BlockKind, Cable, Heading, Level, PageMarker, Paragraph, Range } from './model';
import * as p from './patterns';
import { groupToken, indentOf, isAsciiLetterCode, isBlank, isDigitCode, leadCode, range, token, trimmedLength, wordCount } from './text';
import { blankLead, LineHint, type LineFacts } from './lineFacts';
import { readPortionMark } from './portionMark';
import { stationOfBanner } from './cableId';
import {
  findCaptionKeywords,
  readClassifiedBy,
  readEo,
  readReferences,
  readSubject,
  readTags,
  type CaptionElement,
} from './captionBlock';

/** The banner is looked for among the first few non-blank lines of the body. */
const bannerSearchLines = 4;
/** The caption block ends at the first paragraph, or after this many non-blank lines. */
const captionBlockLines = 60;
const maxHeadingLength = 80;
/** Passing lines name offices and people (`STATE FOR WHA TOM SHANNON, JOHN MAISTO`): never prose-long. */
const maxPassingLineLength = 100;

export type BodyParts = Omit<Cable, 'range' | 'id' | 'header' | 'level'>;

/** Where a banner may start on a line: after a `Cable dated:` prefix, if any; -1 when the line cannot hold one. */
function bannerOffset(text: string, lead: number): number {
  if (!p.gated.bannerLine.mayStart(lead) || !p.bannerMayStart(text, indentOf(text))) return -1;
  const dated = p.gated.cableDatedPrefix.exec(text, lead);
  return dated ? dated[0].length : 0;
}

/** Whether `text` (whose first non-blank character is `lead`) holds a banner. */
export function isBannerLine(text: string, lead = leadCode(text)): boolean {
  const offset = bannerOffset(text, lead);
  return offset >= 0 && p.bannerLine.test(offset ? text.slice(offset) : text);
}

/**
 * The banner on line `i`, read once per file: the cable splitter, the header and the body all
 * look at the same lines.
 */
export function bannerAt(lines: readonly string[], facts: LineFacts, i: number): Banner | undefined {
  if (!(facts.hints[i] & LineHint.Banner)) return undefined;
  let banner = facts.banners[i];
  if (banner === undefined) facts.banners[i] = banner = readBanner(lines[i], i, facts.leads[i]) ?? null;
  return banner ?? undefined;
}

/** The classification words (white space taken out, in capitals) as written when not garbled. */
const wellFormedLevelWords: ReadonlySet<string> = new Set(['CONFIDENTIAL', 'SECRET', 'TOPSECRET', 'UNCLAS', 'UNCLASSIFIED', 'UNCLASEFTO', 'UNCLASSIFIEDEFTO', 'LIMITEDOFFICIALUSE']);

export function readBanner(text: string, line: number, lead = leadCode(text)): Banner | undefined {
  const offset = bannerOffset(text, lead);
  if (offset < 0) return undefined;
  const banner = offset ? text.slice(offset) : text;
  const m = p.bannerLine.exec(banner);
  if (!m) return undefined;
  // The groups in order: class, section, section count, station, serial. What lies between
  // them is punctuation, white space, SECTION and OF: a group's text is first found at its start
  // (the class and station start with a letter, the numbers with a digit, after none).
  const [, levelText, sectionText, sectionCountText, stationText, serialText] = m;
  let searchFrom = 0;
  const nextGroupToken = (group: string) => {
    const start = banner.indexOf(group, searchFrom);
    searchFrom = start + group.length;
    return token(line, offset + start, group);
  };
  const levelToken = nextGroupToken(levelText);
  const section = sectionText === undefined ? undefined : nextGroupToken(sectionText);
  const sectionCount = sectionCountText === undefined ? undefined : nextGroupToken(sectionCountText);
  const station = nextGroupToken(stationText);
  // The match ends with the serial.
  const serial = token(line, offset + m[0].length - serialText.length, serialText);
  const word = (/\s/.test(levelText) ? levelText.replace(/\s+/g, '') : levelText).toUpperCase();
  const level: Level = word.includes('CONFIDENTIAL') || word === 'ONFIDENTIAL'
    ? 'CONFIDENTIAL'
    : word.includes('TOPSECRET')
      ? 'TOP SECRET'
      : word.includes('ECRET') // SECRET, or clipped to ECRET
        ? 'SECRET'
        : word.startsWith('LIMITED')
          ? 'LIMITED OFFICIAL USE'
          : 'UNCLASSIFIED';
  return {
    range: { start: levelToken.range.start, end: serial.range.end },
    level,
    levelToken,
    efto: /EFTO/i.test(levelText),
    lowercase: /[a-z]/.test(levelText),
    garbled: !wellFormedLevelWords.has(word),
    section,
    sectionCount,
    sectionNumber: section ? Number(sectionText) : undefined,
    sectionTotal: sectionCount ? Number(sectionCountText) : undefined,
    station: { text: stationText.trim(), range: station.range },
    serial,
  };
}

/** How far below the start of a repeated transmission header its section banner may be. */
const sectionHeaderLines = 40;

/** Printout lines around a transmission header: tape classification, page header, action and office symbols. */
export function isPrintoutNoise(text: string): boolean {
  const lead = leadCode(text);
  return (
    p.gated.printoutClassificationLine.test(text, lead) ||
    p.gated.printoutLine.test(text, lead) ||
    p.gated.officeSymbolsLine.test(text, lead) ||
    p.gated.classificationOnlyLine.test(text, lead) ||
    p.gated.officeSymbolsInfoLine.test(text, lead)
  );
}

/**
 * In a multi-section printout each section repeats the transmission header (tape line, page
 * header, office symbols, `P 271036Z APR 00`, FM, TO and INFO) above its banner `SECTION 02 OF
 * 07 HARARE 002271`. When line `i` starts such a header of the cable whose banner is `first`,
 * returns the line of the section's banner. Any text line on the way means it is not one.
 */
export function continuedSectionBanner(lines: readonly string[], facts: LineFacts, i: number, end: number, first: Banner): number | undefined {
  let sawFrom = false;
  for (let j = i; j < end && j <= i + sectionHeaderLines; j++) {
    const text = lines[j];
    if (facts.leads[j] === blankLead) continue;
    const banner = bannerAt(lines, facts, j);
    if (banner) {
      const sameCable =
        (banner.sectionNumber ?? 0) > 1 &&
        Number(banner.serial?.text) === Number(first.serial?.text) &&
        stationOfBanner(banner.station?.text ?? '') === stationOfBanner(first.station?.text ?? '');
      return sameCable ? j : undefined;
    }
    if (sawFrom) {
      // Addressees: short lines in capitals.
      if (/[a-z]/.test(text) || text.length > 80) return undefined;
    } else if (p.fmLine.test(text)) {
      sawFrom = true;
    } else if (!isPrintoutNoise(text) && !p.dtgLine.test(text)) {
      return undefined;
    }
  }
  return undefined;
}

const repeatedHeaderLeads = p.LeadSet.union([p.gated.printoutClassificationLine, p.gated.oldPageHeader, p.gated.dtgLine].map((pattern) => pattern.leads));

/** The first line of a section's repeated header: its tape line, its first page header, or a DTG over FM. */
function startsRepeatedHeader(lines: readonly string[], i: number, lead: number): boolean {
  if (!repeatedHeaderLeads.has(lead)) return false;
  const text = lines[i];
  if (p.gated.printoutClassificationLine.test(text, lead)) return true;
  if (p.gated.oldPageHeader.mayMatch(text, lead) && /^\s*PAGE\s+01\s/.test(text)) return true;
  return p.gated.dtgLine.test(text, lead) && p.gated.fmLine.test(lines[i + 1] ?? '');
}

/** Lines that can only belong to a body: caption keywords at line start, paragraphs. */
export function isBodyLine(text: string, lead = leadCode(text)): boolean {
  return p.gated.paragraphStart.test(text, lead) || p.gated.captionAtLineStart.test(text, lead);
}

interface BodyState {
  parts: BodyParts;
  /** The caption-block element that a continuation line extends. */
  open?: CaptionElement;
  elements: Partial<Record<CaptionElement['kind'], CaptionElement>>;
  inCaptionBlock: boolean;
  captionLinesLeft: number;
  openBlocks: Partial<Record<BlockKind, Block>>;
  summarySeen: boolean;
  /** Inside QUOTE … UNQUOTE: another cable's banner and page markers may appear. */
  inQuote: boolean;
}

export function parseBody(
  lines: readonly string[],
  facts: LineFacts,
  start: number,
  end: number,
  leadingBanner: number | undefined,
  cableYear: number | undefined,
): BodyParts {
  // Every field set from the start, absent ones undefined: one shape for all cables.
  const parts: BodyParts = {
    banner: undefined,
    repeatedBanners: [],
    captions: [],
    eo: undefined,
    tags: undefined,
    subject: undefined,
    references: undefined,
    classifiedBy: undefined,
    paragraphs: [],
    headings: [],
    blocks: [],
    pageMarkers: [],
    signature: undefined,
  };
  // Every field and key set from the start: objects of one shape for all cables.
  const state: BodyState = {
    parts,
    open: undefined,
    elements: { eo: undefined, tags: undefined, subject: undefined, ref: undefined, classified: undefined },
    inCaptionBlock: true,
    captionLinesLeft: captionBlockLines,
    openBlocks: { summary: undefined, comment: undefined },
    summarySeen: false,
    inQuote: false,
  };
  if (leadingBanner !== undefined) parts.banner = bannerAt(lines, facts, leadingBanner);
  const { leads, hints } = facts;
  const signatureLine = findSignature(lines, start, end, parts);
  /** Lines that end a paragraph: next paragraph, heading, repeated banner, signature. */
  const boundaries: number[] = [];
  let doubleSpaced: boolean | undefined;
  /** Looked at only when a heading's blank lines may be a double-spaced rendering's. */
  const isDoubleSpacedBody = () => (doubleSpaced ??= isDoubleSpaced(lines, leads, start, end));
  let nonBlankSeen = 0;
  let previousBlank = true;
  for (let i = start; i < end; i++) {
    const text = lines[i];
    const lead = leads[i];
    if (lead === blankLead) {
      previousBlank = true;
      if (state.open?.kind !== 'ref' || state.open.body.isEmpty) state.open = undefined;
      continue;
    }
    const wasBlank: boolean = previousBlank;
    previousBlank = false;
    nonBlankSeen++;
    if (i === signatureLine) continue;
    if (!wasBlank && isPlainProse(state, facts, i, start, end)) continue;
    if (state.inQuote) {
      if (p.quoteEnd.test(text)) state.inQuote = false;
    } else if (p.gated.quoteStart.test(text, lead) && !p.quoteEnd.test(text)) {
      state.inQuote = true;
    }
    // A later section's repeated transmission header (multi-section printouts) is layout up to
    // that section's banner, which then reads as a repeated banner.
    if (parts.banner && !state.inQuote && startsRepeatedHeader(lines, i, lead)) {
      const sectionBanner = continuedSectionBanner(lines, facts, i, end, parts.banner);
      if (sectionBanner !== undefined) {
        boundaries.push(i);
        i = sectionBanner - 1;
        previousBlank = true;
        continue;
      }
    }
    if (readPageMarkers(text, i, hints[i], state.inQuote ? undefined : parts, lead)) {
      previousBlank = wasBlank;
      continue;
    }
    if (p.gated.classificationOnlyLine.test(text, lead) || p.gated.trailerLine.test(text, lead)) continue;

    const banner = bannerAt(lines, facts, i);
    if (banner) {
      if (!parts.banner && nonBlankSeen <= bannerSearchLines) {
        parts.banner = banner;
        readCaptionLine(state, text, i, banner.range.end.character);
        continue;
      }
      if (parts.banner && (banner.section || /\s/.test(banner.levelToken.text.trim()))) {
        if (state.inQuote) continue;
        parts.repeatedBanners.push(banner);
        boundaries.push(i);
        state.inCaptionBlock = true;
        state.captionLinesLeft = 15;
        continue;
      }
    }

    const paragraph = readParagraphStart(text, i, lead);
    if (paragraph && !(!wasBlank && continuesSentence(lines[i - 1], paragraph, parts.paragraphs))) {
      state.inCaptionBlock = false;
      state.open = undefined;
      if (!state.elements.classified && parts.paragraphs.length === 0) findClassifiedByInFirstParagraph(state, text, i);
      paragraph.heading = parts.headings.length ? parts.headings.length - 1 : undefined;
      parts.paragraphs.push(paragraph);
      boundaries.push(i);
      trackBlocks(state, paragraph.firstLineText, 0, text, i, paragraph.numberToken.range.start.character, hints[i]);
      continue;
    }

    if (state.inCaptionBlock && state.captionLinesLeft-- > 0) {
      if (readCaptionLine(state, text, i, 0)) continue;
      // A REF list goes on past a blank line only with its next item (`¶B. 05 BERLIN 3726`);
      // prose after a blank line (`RESPONSES ARE KEYED TO REF A`) is not a reference.
      if (state.open?.kind === 'ref' && wasBlank && !(text.length <= 200 && p.refItemStart.test(text))) state.open = undefined;
      if (state.open) {
        extendElement(state.open, text, i);
        continue;
      }
      // Before SUBJECT, a line that is no keyword is a caption or a passing line
      // (`DDTC: TIM WATKINS`); after it (or after REF, which follows the captions even
      // where SUBJECT is missing), headings may come before paragraph 1.
      // A rule is layout (often the overline of a heading such as SUMMARY), not a caption.
      if (!p.gated.dashRule.test(text, lead)) {
        const trimmed = text.trim();
        const beforeSubject = !state.elements.subject && !state.elements.classified && !state.elements.ref;
        const isCaption = p.captionLine.test(trimmed);
        // Nor is a long line or a summary that happens to hold `FOR` (`SUMMARY: … VACATION FOR STUDENTS`) a passing line.
        if (beforeSubject || isCaption || (trimmed.length <= maxPassingLineLength && !p.summaryStart.test(trimmed) && p.passingLine.test(trimmed))) {
          // A later section repeats the captions under its banner: layout, not new captions.
          if (parts.paragraphs.length) continue;
          // `trimmed` starts where the line's white space ends.
          parts.captions.push(kindedToken(i, indentOf(text), trimmed, isCaption ? 'caption' : 'passing'));
          continue;
        }
      }
    }

    const heading = readHeading(lines, facts, i, start, end, wasBlank, signatureLine, isDoubleSpacedBody);
    if (heading) {
      // A heading before the first paragraph leaves the caption block open for keywords that
      // come after it (`XXXXXXXXXXXX` on its own line, then `Classified By:`).
      if (parts.paragraphs.length) state.inCaptionBlock = false;
      state.open = undefined;
      parts.headings.push(heading);
      boundaries.push(i);
      trackBlocks(state, heading.text, 0, text, i, heading.range.start.character, hints[i]);
      // A page marker between the heading and its underline is still a page marker.
      for (let j = i + 1; j < heading.fullRange.end.line; j++) if (readPageMarkers(lines[j], j, hints[j], undefined)) readPageMarkers(lines[j], j, hints[j], state.inQuote ? undefined : parts);
      if (heading.fullRange.end.line > i) i = heading.fullRange.end.line;
      continue;
    }
    const indent = indentOf(text);
    trackBlocks(state, text, indent, text, i, indent, hints[i]);
  }
  readElements(state, cableYear);
  if (signatureLine !== undefined) boundaries.push(signatureLine);
  boundaries.push(end);
  closeParagraphs(lines, leads, parts.paragraphs, boundaries);
  closeOpenBlocks(lines, leads, state, boundaries, signatureLine ?? end);
  // Blocks are found in order, but for a summary that only its end marks (it starts at paragraph 1).
  if (!startsInOrder(parts.blocks)) parts.blocks.sort((a, b) => a.range.start.line - b.range.start.line);
  return parts;
}

function startsInOrder(blocks: readonly Block[]): boolean {
  for (let k = 1; k < blocks.length; k++) if (blocks[k].range.start.line < blocks[k - 1].range.start.line) return false;
  return true;
}

/**
 * The first characters on which a pattern of the body loop may match; `isPlainProse` names them.
 * (Banners are told by their line hint.)
 */
const bodyPatternLeads = p.LeadSet.union(
  [
    p.gated.quoteStart,
    p.gated.printoutClassificationLine,
    p.gated.oldPageHeader,
    p.gated.dtgLine,
    p.gated.classificationOnlyLine,
    p.gated.trailerLine,
    p.gated.paragraphStart,
    p.gated.summaryStart,
    p.gated.commentStart,
  ].map((pattern) => pattern.leads),
);

/**
 * A line inside a block of prose that no check of the body loop can take: no quote to close, no
 * caption block, no hint (so no banner either), a first character no body pattern starts with,
 * and no rule above or underline below (which might make it a heading). Most lines are such
 * lines; the loop passes them by with table lookups instead of a dozen calls. The caller knows
 * the line above is not blank.
 */
function isPlainProse(state: BodyState, { leads, hints }: LineFacts, i: number, start: number, end: number): boolean {
  return (
    !state.inQuote &&
    !(state.inCaptionBlock && state.captionLinesLeft > 0) &&
    hints[i] === 0 &&
    !bodyPatternLeads.has(leads[i]) &&
    !mayBeFramedHeading(leads, hints, i, start, end)
  );
}

function kindedToken<Kind>(line: number, start: number, text: string, kind: Kind): { text: string; range: Range; kind: Kind } {
  return { text, range: range(line, start, line, start + text.length), kind };
}

/** Reads caption-block keywords on a line (from `from`); true when the line had any. */
function readCaptionLine(state: BodyState, text: string, line: number, from: number): boolean {
  const found = findCaptionKeywords(from ? ' '.repeat(from) + text.slice(from) : text, line);
  if (found.length === 0) return false;
  const { parts, elements } = state;
  for (const element of found) {
    if (elements[element.kind]) continue;
    elements[element.kind] = element;
    state.open = element;
  }
  // Continuation lines extend the last element of the line, if that one was new.
  const last = found[found.length - 1];
  state.open = elements[last.kind] === last ? last : undefined;
  // Caption words before the first keyword (`NOFORN SIPDIS E.O. …`) are captions too.
  const before = text.slice(from, found[0].keyword.range.start.character).trim();
  // A portion mark before the keyword (`(U) Classified by …`) marks the line, it is no caption.
  if (before && !parts.paragraphs.length && readPortionMark(before, line, 0)?.text !== before) {
    const kind = p.passingLine.test(before) ? 'passing' : 'caption';
    parts.captions.push(kindedToken(line, text.indexOf(before, from), before, kind));
  }
  return true;
}

function extendElement(element: CaptionElement, text: string, line: number): void {
  const trimmed = text.trim();
  element.body.append(line, text.indexOf(trimmed), trimmed);
}

/** Reads the model parts from the caption elements once they are complete. */
function readElements(state: BodyState, cableYear: number | undefined): void {
  const { elements, parts } = state;
  if (elements.eo) parts.eo = readEo(elements.eo);
  if (elements.tags) parts.tags = readTags(elements.tags);
  if (elements.subject) parts.subject = readSubject(elements.subject);
  const own = parts.banner?.station && parts.banner.serial ? { station: stationOfBanner(parts.banner.station.text), serial: Number(parts.banner.serial.text) } : undefined;
  if (elements.ref) parts.references = readReferences(elements.ref, cableYear, own);
  if (elements.classified) parts.classifiedBy = readClassifiedBy(elements.classified);
}

/** Old cables put `CLASSIFIED BY` in paragraph 1 (`1. (U) CLASSIFIED BY …`). */
function findClassifiedByInFirstParagraph(state: BodyState, text: string, line: number): void {
  const element = findCaptionKeywords(text, line).find((e) => e.kind === 'classified');
  if (element) state.parts.classifiedBy = readClassifiedBy(element);
}

/**
 * `… 13% of the vote on January` / `¶17. Meeting with …`: a number that starts a line but goes on
 * with the sentence above (a date, a count) is not the next paragraph. It is text when it has no
 * portion mark though the paragraph before has one, the line above ends mid-sentence, and the
 * number is not the one that comes next (nor its garbled `1n.`). Paragraphs after a gap left by
 * redaction keep their marks, so they stay paragraphs.
 */
function continuesSentence(above: string, paragraph: Paragraph, paragraphs: readonly Paragraph[]): boolean {
  const last = paragraphs[paragraphs.length - 1];
  if (paragraph.portionMark || !last?.portionMark) return false;
  if (/[.!?:;"'”’)\]]\s*$/.test(above) || p.dashRule.test(above)) return false;
  const expected = String(last.number + 1);
  const written = String(paragraph.writtenNumber);
  return written !== expected && written !== `1${expected}`;
}

export function readParagraphStart(text: string, line: number, lead = leadCode(text)): Paragraph | undefined {
  const m = p.gated.paragraphStart.exec(text, lead);
  if (!m) return undefined;
  // The number (`¶1.`, `[¶](#par1)1.`) starts after the indentation and ends with its dot: nothing to trim.
  const numberToken = token(line, m[1].length, m[2]);
  const written = Number(m[3]);
  const afterNumber = m[0].length;
  const portionMark = readPortionMark(text.slice(afterNumber), line, afterNumber);
  const textStart = portionMark ? portionMark.range.end.character : afterNumber;
  return {
    range: range(line, 0, line, text.length),
    numberToken,
    number: written,
    writtenNumber: written,
    garbledPilcrow: false,
    portionMark,
    firstLineText: text.slice(textStart, textStart + 200).trim(),
  };
}

function readHeading(
  lines: readonly string[],
  { leads, hints }: LineFacts,
  i: number,
  start: number,
  end: number,
  previousBlank: boolean,
  signatureLine: number | undefined,
  doubleSpaced: () => boolean,
): Heading | undefined {
  const text = lines[i];
  const before = i > start ? lines[i - 1] : '';
  // A page marker between a heading and its underline is layout (`Battle Lines` / `MOSCOW 00005645 005 OF 010` / `----`).
  // Most lines follow a non-blank line: only a rule above or an underline below can make them a heading.
  if (!previousBlank && !mayBeFramedHeading(leads, hints, i, start, end)) return undefined;
  const next = i + 1 < end && readPageMarkers(lines[i + 1], i + 1, hints[i + 1], undefined, leads[i + 1]) ? i + 2 : i + 1;
  const after = next < end ? lines[next] : '';
  const afterLead = next < end ? leads[next] : blankLead;
  // Most blocks of prose start here: over more text that cannot underline it or open a
  // paragraph, with no rule two lines down and no rule of its own, a line is no heading (the
  // checks below come to that too, at the cost of several regex runs).
  if (
    afterLead !== blankLead &&
    next !== signatureLine &&
    !p.gated.dashRule.mayStart(afterLead) &&
    !p.gated.paragraphStart.mayStart(afterLead) &&
    !startsLikeUnderline(leads[i]) &&
    !(i + 2 < end && p.gated.dashRule.mayStart(leads[i + 2]))
  ) {
    return undefined;
  }
  // A title starts like one (a rule trailing it does not change that), or with a rule's first
  // character when it stands between rules (`--- Title ---`): the checks below come to that too,
  // after more regex runs.
  const betweenRules = startsLikeUnderline(leads[i]);
  const whole = text.trim();
  if (!betweenRules && !titleStart.test(whole)) return undefined;
  const ruleAbove = !previousBlank && p.gated.dashRule.test(before, i > start ? leads[i - 1] : blankLead);
  // Most lines follow a non-blank line: they cannot be headings, unless (in renderings
  // without blank lines) a rule of the line's own length underlines it.
  // Nor, in those renderings, a line after a finished sentence over a rule of any length (`… End Summary.` /
  // `Fordow/Qom and Iran PMD: Good Support from the U.S.` / `-----`), unless it ends like a sentence itself.
  const afterSentence = !previousBlank && startsLikeUnderline(afterLead) && p.dashRule.test(after) && /[.!?]["'”’)\]]?\s*$/.test(before) && (!/[.,;]\s*$/.test(text) || /(?:^|\s)(?:[A-Z]\.){2,}\s*$/.test(text));
  if (!(previousBlank || ruleAbove || afterSentence || fitsUnderline(text, after, afterLead)) || p.gated.dashRule.test(text, leads[i])) return undefined;
  if (betweenRules) {
    const dashed = p.dashWrappedHeading.exec(text);
    if (!dashed || !/[A-Za-z]/.test(dashed[1])) return undefined;
    const t = groupToken(dashed, 1, i)!;
    return { text: t.text, range: t.range, fullRange: range(i, 0, i, text.length) };
  }
  const underlined = p.gated.dashRule.test(after, afterLead) || (startsLikeUnderline(afterLead) && /^\s*(?:--|==)\s*$/.test(after) && fitsUnderline(text, after, afterLead));
  if (!underlined && (previousBlank || ruleAbove) && next === i + 1) {
    const wrapped = wrappedHeading(lines, hints, i, end, ruleAbove);
    if (wrapped) return wrapped;
  }
  // A title in capitals may run straight into the next paragraph (`PROGRESS IN THE NORTH` / `¶3. (S) …`).
  const capsBeforeParagraph = previousBlank && p.gated.paragraphStart.test(after, afterLead) && /[A-Z]{2}/.test(text) && !/[a-z]/.test(text) && !/[.,;:]\s*$/.test(text);
  // (`afterLead` is that of a blank line past the end too.)
  if (!(underlined || capsBeforeParagraph || afterLead === blankLead || next === signatureLine)) return undefined;
  // A double-spaced rendering puts a blank line between the wrapped lines of a paragraph: a line
  // that goes on from a wrapped line above, or wraps onto the next, is prose, not a title.
  if (!underlined && previousBlank && continuesWrappedProse(lines, leads, i, start, end) && doubleSpaced()) return undefined;
  // `MILOVANOVIC` / (blank) / `MILOVANOVIC`: a repeated signature is not a title.
  if (signatureLine !== undefined && i < signatureLine && whole === lines[signatureLine].trim() && onlyBlankBetween(lines, i, signatureLine)) return undefined;
  const trimmed = withoutTrailingRule(whole);
  if (trimmed.length > maxHeadingLength || !/[A-Za-z]/.test(trimmed) || overTwelveWords.test(trimmed)) return undefined;
  // A sentence ends in a period; a title may end in an initialism (`Relations with the U.S.`).
  if (/[.,;]$/.test(trimmed) && !underlined && !(/(?:^|\s)(?:[A-Z]\.){2,}$/.test(trimmed) && !/[,;]|\.\s/.test(trimmed) && endsSentence(lines, i, start))) return undefined;
  if (/^(?:--|-\s|[A-Za-z][.)]\s|\(\w{1,3}\)\s|\d+[.)]\s)/.test(trimmed)) return undefined;
  // `(SECRET//REL GERMANY)` over talking points marks them; it is no title.
  if (trimmed.startsWith('(') && readPortionMark(trimmed, i, 0)?.text === trimmed) return undefined;
  // `End Talking Points`, `BEGIN SUMMARY`: markers around a block, not section titles.
  if (p.captionLine.test(trimmed) || p.blockEndOnce.test(trimmed) || /^(?:BEGIN|END)\b/i.test(trimmed)) return undefined;
  // `trimmed` starts where the line's white space ends.
  const t = token(i, indentOf(text), trimmed);
  return { text: t.text, range: t.range, fullRange: underlined ? range(i, t.range.start.character, next, after.length) : t.range };
}

/** The trimmed length of a line of wrapped prose: cables wrap at 60 to 70 columns. */
const wrappedLineLength = { min: 45, max: 90 };

function hasWrappedLength(text: string): boolean {
  const length = trimmedLength(text) - indentOf(text);
  return length >= wrappedLineLength.min && length <= wrappedLineLength.max;
}

/** The line stops mid-sentence: on a letter, digit or comma. (Not on a hyphen: rules of dashes end on one.) */
function endsMidSentence(text: string): boolean {
  const last = text.charCodeAt(trimmedLength(text) - 1);
  return isAsciiLetterCode(last) || isDigitCode(last) || last === 0x2c; /* , */
}

/** A line as long as a wrapped one that stops mid-sentence: the text goes on below it. */
function isWrappedProseLine(text: string): boolean {
  return hasWrappedLength(text) && endsMidSentence(text);
}

/** Line `i`, after a blank line, goes on from a wrapped line above that one, or wraps onto the line after the blank below it. */
function continuesWrappedProse(lines: readonly string[], leads: readonly number[], i: number, start: number, end: number): boolean {
  if (i - 2 >= start && leads[i - 2] !== blankLead && isWrappedProseLine(lines[i - 2])) return true;
  // (A rule two lines down underlines the line: it is a title.)
  return i + 2 < end && leads[i + 1] === blankLead && leads[i + 2] !== blankLead && isWrappedProseLine(lines[i]) && !p.gated.dashRule.test(lines[i + 2], leads[i + 2]);
}

/**
 * A body rendered double-spaced: most of its lines as long as wrapped lines stop mid-sentence
 * over a blank line and go on below it (at least eight such). Elsewhere that happens only at
 * the odd long title or unfinished line: in the corpus, at most a quarter of long lines in a
 * single-spaced cable, at least two thirds in a double-spaced one.
 */
function isDoubleSpaced(lines: readonly string[], leads: readonly number[], start: number, end: number): boolean {
  let long = 0;
  let wrapped = 0;
  for (let i = start; i + 2 < end; i++) {
    if (leads[i] === blankLead || !hasWrappedLength(lines[i])) continue;
    long++;
    if (leads[i + 1] === blankLead && leads[i + 2] !== blankLead && endsMidSentence(lines[i])) wrapped++;
  }
  return wrapped >= 8 && wrapped * 2 >= long;
}

/** A title starts with a capital or a digit, perhaps after a quote or parenthesis. */
const titleStart = /^["'“‘(]?[A-Z0-9]/;
/** More than twelve words: twelve runs of white space or more (`wordCount`, without a loop over the characters). */
const overTwelveWords = /^\S*(?:\s+\S+){11}\s/;

const startsLikeUnderline = (lead: number) => lead === 0x2d /* - */ || lead === 0x3d /* = */;

/**
 * Whether, by the first characters, a rule may stand above line `i` or an underline below it:
 * what can make a line that follows a non-blank line a heading.
 */
function mayBeFramedHeading(leads: readonly number[], hints: readonly number[], i: number, start: number, end: number): boolean {
  return p.gated.dashRule.mayStart(i > start ? leads[i - 1] : blankLead) || underlineMayFollow(leads, hints, i, end);
}

/** The line below `i`, or the one below a page marker there, may be an underline. */
function underlineMayFollow(leads: readonly number[], hints: readonly number[], i: number, end: number): boolean {
  if (i + 1 >= end) return false;
  if (startsLikeUnderline(leads[i + 1])) return true;
  // Page markers are `PAGE …` lines or hold `00`.
  const mayBeMarker = (hints[i + 1] & LineHint.PageMarker) !== 0 || leads[i + 1] === 0x50 /* P */;
  return mayBeMarker && i + 2 < end && startsLikeUnderline(leads[i + 2]);
}

/**
 * A title wrapped onto two lines over its rule (`Terrorist and Iranian Missile Threats to Saudi Energy` /
 * `Facilities` / `-----`), after a blank line or a rule. Neither line is a paragraph, a bullet, a
 * caption, a page marker or a link, and the first does not end a sentence.
 */
function wrappedHeading(lines: readonly string[], hints: readonly number[], i: number, end: number, framed: boolean): Heading | undefined {
  // A rule of asterisks closes a footer (`You can also access this site …`), not a title.
  if (i + 2 >= end || !p.dashRule.test(lines[i + 2]) || /^\s*\*/.test(lines[i + 2])) return undefined;
  const first = lines[i].trim();
  const second = lines[i + 1].trim();
  if (!second || first.length > maxHeadingLength || second.length > 60 || /[.!?:;]$/.test(first)) return undefined;
  // Only a title framed by rules may end in a period (`… North Korea and Iran.`).
  if (/\.$/.test(second) && !framed) return undefined;
  if (wordCount(first) + wordCount(second) > 20 || !titleStart.test(first)) return undefined;
  for (const [line, t] of [[i, first], [i + 1, second]] as const) {
    if (p.dashRule.test(t) || p.paragraphStart.test(lines[line]) || /^(?:--|-\s|[-*•]\s|\(\w{1,3}\)\s|\d+[.)]\s)|:\/\//.test(t)) return undefined;
    if (p.captionLine.test(t) || /^(?:BEGIN|END)\b/i.test(t) || readPageMarkers(lines[line], line, hints[line], undefined)) return undefined;
  }
  const from = lines[i].indexOf(first);
  const to = lines[i + 1].indexOf(second) + second.length;
  return { text: `${first} ${second}`, range: range(i, from, i + 1, to), fullRange: range(i, from, i + 2, lines[i + 2].length) };
}

/** Lines strictly between `from` and `to` are blank (stops at the first that is not). */
function onlyBlankBetween(lines: readonly string[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (!isBlank(lines[j])) return false;
  return true;
}

/** The last non-blank line above `i` (looking back a few lines) ends a sentence, or there is none. */
function endsSentence(lines: readonly string[], i: number, start: number): boolean {
  for (let j = i - 1; j >= start && j >= i - 4; j--) if (!isBlank(lines[j])) return /[.!?:;"'”’)\]]\s*$/.test(lines[j]);
  return true;
}

/** A rule under a line (`after`, whose first non-blank character is `afterLead`) that is as long as the line, give or take three: the line's own underline. */
function fitsUnderline(text: string, after: string, afterLead: number): boolean {
  if (!startsLikeUnderline(afterLead)) return false;
  // `EU` over `--`: a rule shorter than three dashes only when it is exactly the line's length.
  if (/^\s*(?:--|==)\s*$/.test(after)) return text.trim().length === 2 && !/^\s*[-=]/.test(text);
  return Math.abs(after.trim().length - text.trim().length) <= 3 && p.dashRule.test(after);
}

const isRuleOrSpaceCode = (code: number) => code === 0x2d /* - */ || code === 0x3d /* = */ || code === 0x20;

/** `TITLE (G) --------------------------------------------- -`: the title without the rule the wrap glued to it. */
function withoutTrailingRule(trimmed: string): string {
  let cut = trimmed.length;
  while (cut > 0 && isRuleOrSpaceCode(trimmed.charCodeAt(cut - 1))) cut--;
  if (cut === trimmed.length) return trimmed;
  const tail = trimmed.slice(cut);
  return cut > 0 && tail.startsWith(' ') && tail.includes('---') ? trimmed.slice(0, cut) : trimmed;
}

function openBlock(state: BodyState, kind: BlockKind, startPattern: RegExp, content: string, text: string, line: number, character: number): void {
  const start = startPattern.exec(content);
  if (!start) return;
  const at = text.indexOf(content, character);
  const block: Block = { kind, range: range(line, at, line, text.length), start: token(line, at, start[0]) };
  state.openBlocks[kind] = block;
  state.parts.blocks.push(block);
  if (kind === 'summary') state.summarySeen = true;
}

/**
 * Opens and closes Summary / Comment blocks as their markers go by. A start marker opens the
 * content (`source` from `from`, found on line `line`, whose text is `text`, at or after
 * `character`); an end marker may be anywhere on the line.
 */
function trackBlocks(state: BodyState, source: string, from: number, text: string, line: number, character: number, hint: number): void {
  const lead = source.charCodeAt(from);
  // `from` is where `source` starts after white space, as the gates' refinements expect.
  if (!state.openBlocks.summary && p.gated.summaryStart.mayMatch(source, lead)) openBlock(state, 'summary', p.summaryStart, source.slice(from).trim(), text, line, character);
  if (!state.openBlocks.comment && p.gated.commentStart.mayMatch(source, lead)) openBlock(state, 'comment', p.commentStart, source.slice(from).trim(), text, line, character);
  if (!(hint & LineHint.BlockEnd)) return;
  p.blockEnd.lastIndex = 0;
  for (let end = p.blockEnd.exec(text); end; end = p.blockEnd.exec(text)) {
    const kind: BlockKind = end[1].toUpperCase() === 'SUMMARY' ? 'summary' : 'comment';
    const current = state.openBlocks[kind];
    const endToken = token(line, end.index, end[0]);
    if (current) {
      current.end = endToken;
      current.range = { start: current.range.start, end: { line, character: trimmedLength(text) } };
      state.openBlocks[kind] = undefined;
    } else if (kind === 'summary' && !state.summarySeen) {
      // `End summary` with no start: the summary is everything from paragraph 1.
      const first = state.parts.paragraphs[0];
      const from = first ? first.range.start : { line, character: 0 };
      state.parts.blocks.push({ kind, range: { start: from, end: { line, character: trimmedLength(text) } }, start: first?.numberToken ?? endToken, end: endToken });
      state.summarySeen = true;
    }
  }
}

/** A summary left open ends with its paragraph; a comment left open runs to the end of the text. */
function closeOpenBlocks(lines: readonly string[], leads: readonly number[], state: BodyState, boundaries: number[], end: number): void {
  for (const kind of ['summary', 'comment'] as const) {
    const block = state.openBlocks[kind];
    if (!block) continue;
    const startLine = block.range.start.line;
    const stop = kind === 'summary' ? (boundaries.find((b) => b > startLine) ?? end) : end;
    const last = lastContentLine(lines, leads, startLine, stop);
    block.range = { start: block.range.start, end: { line: last, character: trimmedLength(lines[last]) } };
  }
}

/** The last line from `first` up to `stopExclusive` that is neither blank nor a rule; `first` if there is none. */
function lastContentLine(lines: readonly string[], leads: readonly number[], first: number, stopExclusive: number): number {
  // From the end: most paragraphs end a blank line or two above the next boundary.
  for (let i = stopExclusive - 1; i > first; i--) {
    const lead = leads[i];
    if (lead !== blankLead && !p.gated.dashRule.test(lines[i], lead)) return i;
  }
  return first;
}

function closeParagraphs(lines: readonly string[], leads: readonly number[], paragraphs: Paragraph[], boundaries: number[]): void {
  let b = 0;
  for (const paragraph of paragraphs) {
    const line = paragraph.range.start.line;
    while (b < boundaries.length && boundaries[b] <= line) b++;
    const stop = boundaries[b] ?? lines.length;
    const last = lastContentLine(lines, leads, line, stop);
    // The start (the line's first character) stays; only the end was not known.
    paragraph.range = { start: paragraph.range.start, end: { line: last, character: trimmedLength(lines[last]) } };
  }
}


/**
 * Page-break markers on a line (kept in `parts` when given); true when the line is nothing but a
 * marker. `hint` is the line's `LineHint`, `lead` its first non-blank character.
 */
function readPageMarkers(text: string, line: number, hint: number, parts: BodyParts | undefined, lead = leadCode(text)): boolean {
  const old = p.gated.oldPageHeader.exec(text, lead);
  if (old) {
    const station = groupToken(old, 2, line)!;
    parts?.pageMarkers.push({
      range: range(line, old.indices![0][0] + (old[0].length - old[0].trimStart().length), line, old.indices![0][1]),
      station,
      serial: groupToken(old, 3, line)!,
      page: Number(old[1]),
      pages: 0,
    });
    return true;
  }
  // Serials are zero-padded to eight digits, so every marker holds `00`: a cheap first filter.
  if (!(hint & LineHint.PageMarker) || (!text.includes(' OF ') && !text.includes(' of '))) return false;
  let whole = false;
  // An exec loop, not matchAll: matchAll copies the regex on every call.
  const tail = p.pageMarkerTail;
  tail.lastIndex = 0;
  for (let m = tail.exec(text); m; m = tail.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 31), m.index);
    const stationMatch = p.pageMarkerStation.exec(before);
    if (!stationMatch) continue;
    const stationText = stationMatch[1].trim();
    const stationStart = m.index - before.length + stationMatch.index + (stationMatch[1].length - stationMatch[1].trimStart().length);
    const markerEnd = m.index + m[0].length;
    const marker: PageMarker = {
      range: range(line, stationStart, line, markerEnd),
      station: token(line, stationStart, stationText),
      serial: token(line, m.index, m[1]),
      page: Number(m[2]),
      pages: Number(m[3]),
    };
    parts?.pageMarkers.push(marker);
    if (indentOf(text) >= stationStart && trimmedLength(text) <= markerEnd) whole = true;
  }
  return whole;
}

/** A name glued to the last sentence (`… collapses. STEPHENS`); it ends with a letter, an apostrophe or a dash, before the trailing white space. */
const gluedSignature = /[.!?"”)]\s+([A-Z][A-Z'’-]{2,}(?:\s[A-Z][A-Z'’-]{2,})?|[A-Z][a-z][A-Za-z'’-]+)\s*$/;

/** The signature: the last meaningful line, after trailers such as NNNN, footers and page markers. */
function findSignature(lines: readonly string[], start: number, end: number, parts: BodyParts): number | undefined {
  for (let i = end - 1, seen = 0; i >= start && seen < 6; i--) {
    const text = lines[i];
    if (isBlank(text)) continue;
    seen++;
    if (p.trailerLine.test(text) || p.classificationOnlyLine.test(text) || p.dashRule.test(text)) continue;
    if (p.oldPageHeader.test(text) || /^\s*[A-Z][A-Za-z .'-]*\s\d{8}\s+\d{3}(?:\.\d{1,2})?\s+OF\s+\d{3}\s*$/i.test(text)) continue;
    if (/^\s*(?:Visit |\*{3,})/.test(text)) return undefined;
    const paragraph = p.paragraphStart.test(text);
    const indent = indentOf(text);
    const whole = !paragraph && trimmedLength(text) - indent <= 40 ? p.signatureLine.exec(text) : null;
    if (whole) {
      // The name starts where the indentation ends.
      parts.signature = token(i, indent, whole[1]);
      return i;
    }
    // Glued to the last sentence, also of a paragraph kept on one line: `… collapses. STEPHENS`,
    // `¶8. (C) Comment: … End comment. CROCKER`, `… a single vacation. Randt`. Markings and END are not names.
    const glued = gluedSignature.exec(text);
    // The name ends where the line's trailing white space starts.
    if (glued && !/^(?:END|ENDS|UNQUOTE|SIPDIS|NOFORN|UNCLAS|UNCLASSIFIED|CONFIDENTIAL|SECRET|Ends?|Unquote|Sipdis|Noforn|Thanks|Regards|Minimize)$/.test(glued[1])) parts.signature = token(i, trimmedLength(text) - glued[1].length, glued[1]);
    return undefined;
  }
  return undefined;
}
