// The transmission header: VZCZC, precedence digraph, DE, security line, DTG, FM, TO/INFO/XMT.
import type { Address, AddressKind, Dtg, Header, HeaderShape, Position, PrecedenceWord, Range, Token } from './model';
import * as p from './patterns';
import { indentOf, isCapitalCode, isDigitCode, isSpaceCode, leadCode, lineRange, range, token, trimmedLength } from './text';
import { expandYear, monthNumber } from './dates';
import { securityGroupLevel } from './tables';

/** How many unrecognised lines in a row may sit inside a header (printout and mail blocks). */
const maxUnknownRun = 12;

/**
 * The header's line patterns, each behind a gate on the first non-blank character of the line
 * (see p.LinePattern): most lines are tried against one or two patterns, not all of them.
 */
export const headerGates = {
  vzczcLine: p.gated.vzczcLine,
  deLine: p.gated.deLine,
  securityLine: new p.LinePattern(p.securityLine, 'Z'),
  dtgLine: p.gated.dtgLine,
  fmLine: p.gated.fmLine,
  btLine: new p.LinePattern(p.btLine, 'B'),
  nnnnLine: new p.LinePattern(p.nnnnLine, 'N'),
  digraphLine: new p.LinePattern(p.digraphLine, p.capitals),
  routingIndicatorsLine: new p.LinePattern(p.routingIndicatorsLine, 'R'),
  partnerDateLine: new p.LinePattern(p.partnerDateLine, p.capitals),
};
const gates = headerGates;

/**
 * The first characters of p.wrapperLine's field alternatives (`null`, `Cable Text:`, `DATE:`, …,
 * `>`); its other alternative, `… From … Inbox`, may start anywhere but needs `Inbox`.
 */
export const wrapperFieldStart = new p.LinePattern(p.wrapperLine, 'nCTADIOSM>');

export interface HeaderResult {
  header: Header;
  /** First line of the body. */
  bodyStart: number;
  /** A banner written above the VZCZC line (09STATE119085). */
  leadingBanner?: number;
}

/** A test of a non-blank line, given the line and its first non-blank character (which it may ignore). */
export type LineTest = (text: string, lead: number) => boolean;

/**
 * Parses the header from `start`; `isBodyLine` tells where the body begins. `leads`, each line's
 * first non-blank character (LineFacts.leads), spares looking at most lines below the header;
 * without it the same is worked out from the lines.
 */
export function parseHeader(
  lines: readonly string[],
  start: number,
  end: number,
  isBannerLine: LineTest,
  isBodyLine: LineTest,
  leads?: readonly number[],
): HeaderResult {
  // Every field set from the start, absent ones undefined: headers of one shape are faster to read.
  const header: Header = {
    shape: 'none',
    range: range(start, 0, start, 0),
    transmissionId: undefined,
    precedenceDigraph: undefined,
    de: undefined,
    security: undefined,
    dtg: undefined,
    from: undefined,
    extraFrom: [],
    to: [],
    info: [],
    xmt: [],
  };
  let lastHeaderLine = -1;
  let unknownRun = 0;
  let addressKind: AddressKind | undefined;
  let expectRoutingIndicators = false;
  let leadingBanner: number | undefined;
  const seen = { partial: false, printout: false, wrapper: false };
  // Mail and database wrappers put `Subject:` or a banner above the real header: body lines
  // only count once the header proper has begun.
  const headerFloor = findHeaderStart(lines, start, end, isBodyLine, leads);
  let i = start;
  for (; i < end; i++) {
    const text = lines[i];
    const indent = indentOf(text);
    if (indent === text.length) {
      addressKind = undefined;
      continue;
    }
    const lead = text.charCodeAt(indent);
    if (i < headerFloor) {
      if (leadingBanner === undefined && isBannerLine(text, lead)) leadingBanner = i;
      else if (p.gated.printoutLine.test(text, lead) || p.gated.officeSymbolsLine.test(text, lead) || p.gated.officeSymbolsInfoLine.test(text, lead)) seen.printout = true;
      else seen.wrapper = true;
      continue;
    }
    if (isBannerLine(text, lead)) {
      if (lastHeaderLine < 0 && leadingBanner === undefined && nextNonBlankMatches(lines, i + 1, end, gates.vzczcLine)) {
        leadingBanner = i;
        continue;
      }
      break;
    }
    if (isBodyLine(text, lead)) break;
    const recognised = readHeaderLine(header, text, i, indent, addressKind, expectRoutingIndicators, seen);
    if (recognised) {
      lastHeaderLine = i;
      unknownRun = 0;
      addressKind = recognised.addressKind;
      expectRoutingIndicators = recognised.expectRoutingIndicators ?? false;
    } else {
      addressKind = undefined;
      expectRoutingIndicators = false;
      if (++unknownRun > maxUnknownRun) {
        i = lastHeaderLine + 1;
        break;
      }
    }
  }
  // No body line found: the body is whatever follows the last header line.
  if (i >= end) i = lastHeaderLine >= 0 ? lastHeaderLine + 1 : start;
  if (lastHeaderLine >= 0) header.range = lineRange(lines, start, lastHeaderLine);
  header.shape = shapeOf(header, seen);
  return { header, bodyStart: Math.min(i, end), leadingBanner };
}

function shapeOf(header: Header, seen: { partial: boolean; printout: boolean; wrapper: boolean }): HeaderShape {
  if (seen.partial) return 'partial';
  if (header.transmissionId || header.de || header.security) return 'acp127';
  if (seen.printout) return 'printout';
  if (header.dtg && header.dtg.precedences.length > 0 && header.from) return 'acp126';
  if (seen.wrapper) return 'wrapped';
  if (header.dtg || header.from || header.to.length || header.info.length) return 'acp126';
  return 'none';
}

/** The VZCZC or DTG-and-FM line that opens a header below wrapper lines, if any. */
function findHeaderStart(lines: readonly string[], start: number, end: number, isBodyLine: LineTest, leads: readonly number[] | undefined): number {
  for (let i = start; i < end && i < start + 40; i++) {
    const text = lines[i];
    // A blank line's lead (NaN from leadCode, blankLead in `leads`) passes no gate.
    const lead = leads ? leads[i] : leadCode(text);
    if (gates.vzczcLine.test(text, lead)) return recordDumpHeader(lines, i, end, leads) ?? i;
    if (gates.dtgLine.test(text, lead) && gates.fmLine.test(lines[i + 1] ?? '')) return recordDumpHeader(lines, i, end, leads) ?? i;
    if (p.gated.paragraphStart.test(text, lead) && isBodyLine(text, lead)) return start;
  }
  return start;
}

/** How far below the header a database record dump (`id:` … `header:`) may start. */
const recordDumpLines = 200;

/**
 * Damaged pages repeat the header inside a database record dump (`id: 2446`, `date:`, `refid:`,
 * … `header:`, the header again, `---- header ends ----`). The copy after `header:` is the one
 * that runs into the body, so the header starts there and the first copy is wrapper.
 */
function recordDumpHeader(lines: readonly string[], from: number, end: number, leads: readonly number[] | undefined): number | undefined {
  for (let i = from + 1; i < end && i < from + recordDumpLines; i++) {
    // Up to 200 lines for every header: a look at the first character rules out nearly all,
    // and a look at `leads` spares even loading the line.
    if (leads ? leads[i] !== 0x68 /* h */ : !mayStartRecordDumpHeader(lines[i])) continue;
    if (!isRecordDumpHeaderLine(lines[i])) continue;
    const next = i + 1 < end && gates.dtgLine.test(lines[i + 1]) && gates.fmLine.test(lines[i + 2] ?? '');
    return next ? i + 1 : undefined;
  }
  return undefined;
}

/** `header:` alone on its line starts with `h` or white space. */
function mayStartRecordDumpHeader(text: string): boolean {
  const first = text.charCodeAt(0);
  return first === 0x68 /* h */ || isSpaceCode(first);
}

/** p.recordDumpHeaderLine (`header:` alone on its line), without a regex run. */
export function isRecordDumpHeaderLine(text: string): boolean {
  const indent = indentOf(text);
  return text.startsWith('header:', indent) && trimmedLength(text) === indent + 'header:'.length;
}

function nextNonBlankMatches(lines: readonly string[], from: number, end: number, pattern: p.LinePattern): boolean {
  for (let i = from; i < end && i < from + 5; i++) {
    const text = lines[i];
    const indent = indentOf(text);
    if (indent < text.length) return pattern.test(text, text.charCodeAt(indent));
  }
  return false;
}

interface Recognised {
  readonly addressKind?: AddressKind;
  readonly expectRoutingIndicators?: boolean;
}

// What a recognised line tells about the next one; shared, never changed.
const headerLine: Recognised = {};
const routingIndicatorsFollow: Recognised = { expectRoutingIndicators: true };
const toFollow: Recognised = { addressKind: 'TO' };
const infoFollow: Recognised = { addressKind: 'INFO' };
const xmtFollow: Recognised = { addressKind: 'XMT' };

function addresseesFollow(kind: AddressKind): Recognised {
  return kind === 'TO' ? toFollow : kind === 'INFO' ? infoFollow : xmtFollow;
}

/** Reads one non-blank header line into `header`; undefined when the line is not a header line. */
function readHeaderLine(
  header: Header,
  text: string,
  line: number,
  indent: number,
  addressKind: AddressKind | undefined,
  expectRoutingIndicators: boolean,
  seen: { partial: boolean; printout: boolean; wrapper: boolean },
): Recognised | undefined {
  // Every group that starts a pattern starts at the first non-blank character.
  const lead = text.charCodeAt(indent);
  let m: RegExpExecArray | null;
  if ((m = gates.vzczcLine.exec(text, lead))) {
    header.transmissionId ??= { text: m[1], range: range(line, indent, line, indent + m[1].length), wellFormed: p.vzczcWellFormed.test(m[1]) };
    return routingIndicatorsFollow;
  }
  if (p.gated.partialExtractNote.test(text, lead)) {
    seen.partial = true;
    return headerLine;
  }
  if (lead === 0x44 /* D */ && isDeKeywordLine(text, indent)) {
    if (!header.de) header.de = readDe(text, line, indent);
    return headerLine;
  }
  if ((m = gates.securityLine.exec(text, lead)) && (m[1] === 'ZNR' || m[1] === 'ZNY')) {
    header.security ??= readSecurity(m, text, line, indent);
    return headerLine;
  }
  if ((m = gates.dtgLine.exec(text, lead))) {
    header.dtg ??= readDtg(m, text, line, indent);
    return headerLine;
  }
  if ((m = gates.fmLine.exec(text, lead))) {
    const name = token(line, text.indexOf(m[2], indent + 2), m[2]);
    if (header.from) header.extraFrom.push(name);
    else header.from = name;
    return headerLine;
  }
  const kind = addressKindOf(lead);
  const from = kind ? addressKeywordEnd(text, indent, kind) : -1;
  if (kind && from >= 0) {
    if (kind === 'INFO' && startsWithOfficeSymbol(text, from)) {
      seen.printout = true;
      return headerLine;
    }
    const pageNoise = text.charCodeAt(from) === 0x50 /* P */ && p.addressPageNoise.test(text.slice(from));
    const lineEnd = trimmedLength(text);
    if (lineEnd > from && !pageNoise) {
      pushAddress(header, readAddress(kind, text, line, from, lineEnd, token(line, indent, kind)));
    }
    return addresseesFollow(kind);
  }
  if (gates.btLine.test(text, lead) || gates.nnnnLine.test(text, lead)) return headerLine;
  if (!header.precedenceDigraph && expectRoutingIndicators && (m = gates.digraphLine.exec(text, lead))) {
    const whole = range(line, 0, line, trimmedLength(text));
    header.precedenceDigraph = {
      range: whole,
      digraph: tokenWithin(line, indent, m[1], whole),
      // The routing indicators follow the two-letter digraph directly.
      routingIndicators: routingIndicatorTokens(m[2], line, indent + 2),
    };
    return routingIndicatorsFollow;
  }
  if (expectRoutingIndicators && header.precedenceDigraph && gates.routingIndicatorsLine.test(text, lead)) {
    // One by one: spread into push, a long line of indicators would overflow the stack.
    for (const indicator of routingIndicatorTokens(text, line, 0)) header.precedenceDigraph.routingIndicators.push(indicator);
    header.precedenceDigraph.range = { start: header.precedenceDigraph.range.start, end: { line, character: trimmedLength(text) } };
    return routingIndicatorsFollow;
  }
  if (p.gated.printoutLine.test(text, lead) || p.gated.officeSymbolsLine.test(text, lead) || p.gated.classificationOnlyLine.test(text, lead)) {
    seen.printout = true;
    return headerLine;
  }
  if (addressKind) {
    pushAddress(header, readAddress(addressKind, text, line, 0, trimmedLength(text), undefined));
    return addresseesFollow(addressKind);
  }
  if (isWrapperLine(text, lead) || gates.partnerDateLine.test(text, lead)) {
    seen.wrapper = true;
    return headerLine;
  }
  return undefined;
}

/** p.deKeyword (`DE` alone or before white space) on a line that starts at `indent`. */
export function isDeKeywordLine(text: string, indent: number): boolean {
  return text.startsWith('DE', indent) && (indent + 2 === text.length || isSpaceCode(text.charCodeAt(indent + 2)));
}

/** The address kind a line starting with `lead` may open: TO, INFO or XMT by its initial. */
function addressKindOf(lead: number): AddressKind | undefined {
  return lead === 0x54 /* T */ ? 'TO' : lead === 0x49 /* I */ ? 'INFO' : lead === 0x58 /* X */ ? 'XMT' : undefined;
}

/**
 * p.addressKeywordLine without a regex run: where the keyword `kind` at `indent`, if it stands
 * alone or before white space or a slash, ends with the blanks and slashes after it; else -1.
 */
export function addressKeywordEnd(text: string, indent: number, kind: AddressKind): number {
  if (!text.startsWith(kind, indent)) return -1;
  let end = indent + kind.length;
  if (end < text.length && text.charCodeAt(end) !== 0x2f /* / */ && !isSpaceCode(text.charCodeAt(end))) return -1;
  while (end < text.length && (isGap(text.charCodeAt(end)) || text.charCodeAt(end) === 0x2f)) end++;
  return end;
}

/** p.officeSymbols at `at` (`LOG-00 NP-00 …` after INFO): capitals or digits, a dash, two digits, then white space or the end. */
export function startsWithOfficeSymbol(text: string, at: number): boolean {
  let end = at;
  while (isCapitalCode(text.charCodeAt(end)) || isDigitCode(text.charCodeAt(end))) end++;
  const after = end + 3;
  return end > at && text.charCodeAt(end) === 0x2d /* - */ && isDigitCode(text.charCodeAt(end + 1)) && isDigitCode(text.charCodeAt(end + 2)) && (after === text.length || isSpaceCode(text.charCodeAt(after)));
}

/** p.wrapperLine: a mail or database field at the start, or `… From … Inbox` anywhere. */
function isWrapperLine(text: string, lead: number): boolean {
  return (wrapperFieldStart.mayStart(lead) || text.includes('Inbox')) && p.wrapperLine.test(text);
}

/** The matches of p.routingIndicator (`R[A-Z]{3,6}`, anywhere) in `text`, which starts at `offset` on `line`. */
export function routingIndicatorTokens(text: string, line: number, offset: number): Token[] {
  const out: Token[] = [];
  for (let at = text.indexOf('R'); at >= 0; ) {
    // R, then as many capitals as follow, up to six.
    let end = at + 1;
    while (end - at <= 6 && isCapitalCode(text.charCodeAt(end))) end++;
    if (end - at > 3) {
      out.push(token(line, offset + at, text.slice(at, end)));
      at = text.indexOf('R', end);
    } else at = text.indexOf('R', at + 1);
  }
  return out;
}

// Group offsets below: a group's text cannot occur in the blanks and signs between it and the
// group before it, so searching from the end of the group before finds the group itself.

function readDe(text: string, line: number, indent: number): Header['de'] {
  const whole = range(line, 0, line, trimmedLength(text));
  const keyword = tokenWithin(line, indent, 'DE', whole);
  const m = gates.deLine.exec(text);
  if (!m) return { range: whole, keyword, wellFormed: false };
  const station = token(line, text.indexOf(m[1], indent + 2), m[1]);
  const serial = token(line, text.indexOf(m[2], station.range.end.character), m[2]);
  const part = m[3] === undefined ? undefined : token(line, text.indexOf(m[3], serial.range.end.character), m[3]);
  const julian = tokenWithin(line, text.indexOf(m[4], (part ?? serial).range.end.character), m[4], whole);
  // Spelled out, not spread from the object above: a spread followed by this many keys costs microseconds.
  return {
    range: whole,
    keyword,
    wellFormed: true,
    station,
    serial,
    part,
    julian,
    julianDay: Number(julian.text.slice(0, 3)),
    hour: Number(julian.text.slice(3, 5)),
    minute: Number(julian.text.slice(5, 7)),
  };
}

function readSecurity(m: RegExpExecArray, text: string, line: number, indent: number): Header['security'] {
  // The group, when there is one, ends the match.
  const whole = range(line, 0, line, trimmedLength(text));
  const group = m[2] === undefined ? undefined : tokenWithin(line, m[0].length - m[2].length, m[2], whole);
  const valid = group && p.securityGroup.exec(group.text);
  return {
    range: whole,
    prosign: tokenWithin(line, indent, m[1], whole),
    group,
    level: valid ? securityGroupLevel[valid[1]] : undefined,
    efto: valid?.[1] === 'E',
  };
}

function readDtg(m: RegExpExecArray, text: string, line: number, indent: number): Dtg {
  // A second precedence letter only follows a first.
  const precedences: Token[] = [];
  if (m[1] !== undefined) precedences.push(token(line, indent, m[1]));
  if (m[2] !== undefined) precedences.push(token(line, text.indexOf(m[2], indent + 1), m[2]));
  // The date-time group ends the match (the look-ahead after it takes no characters).
  const groupStart = m[0].length - m[3].length;
  const group = token(line, groupStart, m[3]);
  // The day starts and the year ends the group: their tokens share its positions.
  const dayToken = tokenWithin(line, groupStart, m[4], group.range);
  // `hhmm`, after the day.
  const timeToken = token(line, groupStart + 2, m[5] + m[6]);
  // `ddhhmmZ`, blanks, the month.
  const monthToken = token(line, text.indexOf(m[7], groupStart + 7), m[7]);
  const yearToken = tokenWithin(line, m[0].length - m[8].length, m[8], group.range);
  return {
    range: { start: precedences[0]?.range.start ?? group.range.start, end: group.range.end },
    groupRange: group.range,
    precedences,
    day: Number(dayToken.text),
    hour: Number(m[5]),
    minute: Number(m[6]),
    dayToken,
    timeToken,
    monthToken,
    yearToken,
    month: monthNumber(monthToken.text),
    year: yearToken.text.length === 4 ? Number(yearToken.text) : expandYear(Number(yearToken.text)),
  };
}

/** mcnWord (`^\d{3,4}(?:-\d{3,4})?$`) on the text from `start` to `end`: `1234`, `123-4567`. */
export function isMcnWord(text: string, start: number, end: number): boolean {
  const firstEnd = digitsEnd(text, start, end);
  if (firstEnd - start < 3 || firstEnd - start > 4) return false;
  if (firstEnd === end) return true;
  if (text.charCodeAt(firstEnd) !== 0x2d /* - */) return false;
  const secondEnd = digitsEnd(text, firstEnd + 1, end);
  return secondEnd === end && secondEnd - firstEnd - 1 >= 3 && secondEnd - firstEnd - 1 <= 4;
}

/** Where the run of digits from `start` ends, not after `end`. */
function digitsEnd(text: string, start: number, end: number): number {
  while (start < end && isDigitCode(text.charCodeAt(start))) start++;
  return start;
}

/** The one-word precedence that the text from `start` to `end` is, if any. */
function oneWordPrecedenceAt(text: string, start: number, end: number): PrecedenceWord | undefined {
  // The four words have four lengths.
  const length = end - start;
  const word = length === 8 ? 'PRIORITY' : length === 9 ? 'IMMEDIATE' : length === 7 ? 'ROUTINE' : length === 5 ? 'FLASH' : undefined;
  return word && text.startsWith(word, start) ? word : undefined;
}

/**
 * The length of the routing indicator that opens an address at `at` (`RUEHC/`, `ZEN/`, `XMT/`;
 * `(R[A-Z]{3,6}|ZEN|XMT)\/`), without the slash; 0 when there is none.
 */
function routingIndicatorLength(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first === 0x5a /* Z */ || first === 0x58 /* X */) return text.startsWith('ZEN/', at) || text.startsWith('XMT/', at) ? 3 : 0;
  if (first !== 0x52 /* R */) return 0;
  let end = at + 1;
  while (isCapitalCode(text.charCodeAt(end))) end++;
  // R and three to six capitals, then the slash: a longer run of capitals is no indicator.
  const capitals = end - at - 1;
  return capitals >= 3 && capitals <= 6 && text.charCodeAt(end) === 0x2f /* / */ ? end - at : 0;
}

/** Space or tab: what separates the words of an address. */
function isGap(code: number): boolean {
  return code === 32 || code === 9;
}

/** Where the word (maybe empty) that ends at `end` starts, not before `floor`. */
function wordStart(text: string, floor: number, end: number): number {
  while (end > floor && !isGap(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Where the run of spaces and tabs that ends at `end` starts, not before `floor`. */
function gapStart(text: string, floor: number, end: number): number {
  while (end > floor && isGap(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Where the text from `start` to `end` ends without the slashes and white space at its end. */
function slashesAndBlanksStart(text: string, start: number, end: number): number {
  while (end > start) {
    const code = text.charCodeAt(end - 1);
    if (code !== 0x2f /* / */ && !isSpaceCode(code)) break;
    end--;
  }
  return end;
}

/** Where the text from `start` to `end` ends without the slashes at its end. */
function slashesStart(text: string, start: number, end: number): number {
  while (end > start && text.charCodeAt(end - 1) === 0x2f /* / */) end--;
  return end;
}

/**
 * Parses `[RI/]NAME [//OFFICE//] [PRECEDENCE] [MCN]` from `from` to `lineEnd` (the line's length
 * without trailing white space). The MCN and the precedence are peeled off the end word by word
 * (words are separated by spaces and tabs).
 */
function readAddress(kind: AddressKind, text: string, line: number, from: number, lineEnd: number, keyword: Token | undefined): Address {
  const end = Math.max(from, lineEnd);
  let start = from;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  // The address range; its two positions are shared with the tokens that start or end there.
  const bounds: Range = { start: keyword ? keyword.range.start : { line, character: start }, end: { line, character: end } };
  let routingIndicator: Token | undefined;
  const riLength = routingIndicatorLength(text, start);
  if (riLength) {
    routingIndicator = addressToken(text, line, start, start + riLength, bounds);
    start += riLength + 1;
  }
  // The words left are those from `start` up to `wordsEnd`, none when `noWords`; the last one
  // starts at `last` (it and the first may be empty). Dropping the last word drops the gap
  // before it too; dropping the first leaves no words.
  let wordsEnd = end;
  let noWords = false;
  let last = wordStart(text, start, wordsEnd);
  let mcn: Token | undefined;
  if (isMcnWord(text, last, wordsEnd)) {
    mcn = addressToken(text, line, last, wordsEnd, bounds);
    if (last === start) noWords = true;
    else {
      wordsEnd = gapStart(text, start, last);
      last = wordStart(text, start, wordsEnd);
    }
  }
  let precedence: Token | undefined;
  let precedenceWord: PrecedenceWord | undefined;
  let misspelt = false;
  // A precedence needs a word before it. All precedence words, and their misspellings, start with F, I, P or R.
  if (!noWords && last > start && isPrecedenceInitial(text.charCodeAt(last))) {
    const lastWordEnd = slashesStart(text, last, wordsEnd);
    const before = gapStart(text, start, last);
    const beforeStart = wordStart(text, start, before);
    const exact = oneWordPrecedenceAt(text, last, lastWordEnd);
    const niact = exact === 'IMMEDIATE' && before - beforeStart === 5 && text.startsWith('NIACT', beforeStart);
    const word = niact ? 'NIACT IMMEDIATE' : (exact ?? misspeltPrecedence(text, last, lastWordEnd));
    if (word) {
      const first = niact ? beforeStart : last;
      precedence = addressToken(text, line, first, slashesStart(text, first, wordsEnd), bounds);
      precedenceWord = word;
      misspelt = !niact && !exact;
      if (first === start) noWords = true;
      else wordsEnd = gapStart(text, start, first);
    }
  }
  const nameEnd = noWords ? start : slashesAndBlanksStart(text, start, wordsEnd);
  // Every field set, absent ones undefined: addresses of one shape are faster to read.
  return {
    kind,
    range: bounds,
    keyword,
    routingIndicator,
    // No name left (only an indicator, slashes or a precedence): the name is all that follows the indicator.
    name: addressToken(text, line, start, nameEnd > start ? nameEnd : end, bounds),
    precedence,
    precedenceWord,
    misspeltPrecedence: misspelt,
    mcn,
  };
}

/** token(line, start, text) inside `bounds`, reusing the positions of `bounds` where it starts or ends with it. */
function tokenWithin(line: number, start: number, text: string, bounds: Range): Token {
  return { text, range: { start: sharedPosition(line, start, bounds.start), end: sharedPosition(line, start + text.length, bounds.end) } };
}

/** A token of an address from `start` to `end` of `text`, inside the address range `bounds`. */
function addressToken(text: string, line: number, start: number, end: number, bounds: Range): Token {
  return tokenWithin(line, start, text.slice(start, end), bounds);
}

/** `shared` when it is the position `character` on `line`, else a new position. */
function sharedPosition(line: number, character: number, shared: Position): Position {
  return shared.line === line && shared.character === character ? shared : { line, character };
}

function isPrecedenceInitial(code: number): boolean {
  return code === 0x46 /* F */ || code === 0x49 /* I */ || code === 0x50 /* P */ || code === 0x52 /* R */;
}

const misspeltCandidates = ['PRIORITY', 'IMMEDIATE', 'ROUTINE'] as const;

/** A precedence word with one or two letters wrong (`PRIOITY`, `PIORITY`, `IMMEDAITE`), from `start` to `end`. */
function misspeltPrecedence(text: string, start: number, end: number): PrecedenceWord | undefined {
  const length = end - start;
  if (length < 6 || length > 11 || !isPrecedenceInitial(text.charCodeAt(start))) return undefined;
  for (let at = start; at < end; at++) if (!isCapitalCode(text.charCodeAt(at))) return undefined;
  const word = text.slice(start, end);
  for (const candidate of misspeltCandidates) {
    // Words whose lengths differ by more than two are further apart than two edits.
    if (word[0] === candidate[0] && Math.abs(word.length - candidate.length) <= 2 && editDistance(word, candidate) <= 2) return candidate;
  }
  return undefined;
}

/** Two rows of the edit-distance table, reused: the words compared have at most 11 letters. */
let previousRow = new Int32Array(16);
let currentRow = new Int32Array(16);

function editDistance(a: string, b: string): number {
  for (let j = 0; j <= b.length; j++) previousRow[j] = j;
  for (let i = 1; i <= a.length; i++) {
    currentRow[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previousRow[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      currentRow[j] = Math.min(previousRow[j] + 1, currentRow[j - 1] + 1, substitution);
    }
    const done = previousRow;
    previousRow = currentRow;
    currentRow = done;
  }
  return previousRow[b.length];
}

function pushAddress(header: Header, address: Address): void {
  const list = address.kind === 'TO' ? header.to : address.kind === 'INFO' ? header.info : header.xmt;
  list.push(address);
}
