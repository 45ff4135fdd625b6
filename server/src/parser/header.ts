// The transmission header: VZCZC, precedence digraph, DE, security line, DTG, FM, TO/INFO/XMT.
import type { Address, AddressKind, Dtg, Header, HeaderShape, PrecedenceWord, Token } from './model';
import * as p from './patterns';
import { groupToken, isBlank, lineRange, range, token} from './text';
import { expandYear, monthNumber } from './dates';
import { securityGroupLevel } from './tables';

const precedenceWords: readonly PrecedenceWord[] = ['FLASH', 'NIACT IMMEDIATE', 'IMMEDIATE', 'PRIORITY', 'ROUTINE'];

/** How many unrecognised lines in a row may sit inside a header (printout and mail blocks). */
const maxUnknownRun = 12;

export interface HeaderResult {
  header: Header;
  /** First line of the body. */
  bodyStart: number;
  /** A banner written above the VZCZC line (09STATE119085). */
  leadingBanner?: number;
}

/** Parses the header from `start`; `isBodyLine` tells where the body begins. */
export function parseHeader(
  lines: readonly string[],
  start: number,
  end: number,
  isBannerLine: (text: string) => boolean,
  isBodyLine: (text: string) => boolean,
): HeaderResult {
  const header: Header = { shape: 'none', range: range(start, 0, start, 0), extraFrom: [], to: [], info: [], xmt: [] };
  let lastHeaderLine = -1;
  let unknownRun = 0;
  let addressKind: AddressKind | undefined;
  let expectRoutingIndicators = false;
  let leadingBanner: number | undefined;
  const seen = { partial: false, printout: false, wrapper: false };
  // Mail and database wrappers put `Subject:` or a banner above the real header: body lines
  // only count once the header proper has begun.
  const headerFloor = findHeaderStart(lines, start, end, isBodyLine);
  let i = start;
  for (; i < end; i++) {
    const text = lines[i];
    if (isBlank(text)) {
      addressKind = undefined;
      continue;
    }
    if (i < headerFloor) {
      if (isBannerLine(text) && leadingBanner === undefined) leadingBanner = i;
      else if (p.printoutLine.test(text) || p.officeSymbolsLine.test(text) || /^\s*INFO\s+[A-Z0-9]+-\d\d/.test(text)) seen.printout = true;
      else seen.wrapper = true;
      continue;
    }
    if (isBannerLine(text)) {
      if (lastHeaderLine < 0 && leadingBanner === undefined && nextNonBlankMatches(lines, i + 1, end, p.vzczcLine)) {
        leadingBanner = i;
        continue;
      }
      break;
    }
    if (isBodyLine(text)) break;
    const recognised = readHeaderLine(header, text, i, addressKind, expectRoutingIndicators, seen);
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
function findHeaderStart(lines: readonly string[], start: number, end: number, isBodyLine: (text: string) => boolean): number {
  for (let i = start; i < end && i < start + 40; i++) {
    const text = lines[i];
    if (p.vzczcLine.test(text)) return recordDumpHeader(lines, i, end) ?? i;
    if (p.dtgLine.test(text) && p.fmLine.test(lines[i + 1] ?? '')) return recordDumpHeader(lines, i, end) ?? i;
    if (p.paragraphStart.test(text) && isBodyLine(text)) return start;
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
function recordDumpHeader(lines: readonly string[], from: number, end: number): number | undefined {
  for (let i = from + 1; i < end && i < from + recordDumpLines; i++) {
    if (!p.recordDumpHeaderLine.test(lines[i])) continue;
    const next = i + 1 < end && p.dtgLine.test(lines[i + 1]) && p.fmLine.test(lines[i + 2] ?? '');
    return next ? i + 1 : undefined;
  }
  return undefined;
}

function nextNonBlankMatches(lines: readonly string[], from: number, end: number, re: RegExp): boolean {
  for (let i = from; i < end && i < from + 5; i++) {
    if (!isBlank(lines[i])) return re.test(lines[i]);
  }
  return false;
}

interface Recognised {
  addressKind?: AddressKind;
  expectRoutingIndicators?: boolean;
}

/** Reads one non-blank header line into `header`; undefined when the line is not a header line. */
function readHeaderLine(
  header: Header,
  text: string,
  index: number,
  addressKind: AddressKind | undefined,
  expectRoutingIndicators: boolean,
  seen: { partial: boolean; printout: boolean; wrapper: boolean },
): Recognised | undefined {
  let m: RegExpExecArray | null;
  if ((m = p.vzczcLine.exec(text))) {
    const t = groupToken(m, 1, index)!;
    header.transmissionId ??= { ...t, wellFormed: p.vzczcWellFormed.test(t.text) };
    return { expectRoutingIndicators: true };
  }
  if (p.partialExtractNote.test(text)) {
    seen.partial = true;
    return {};
  }
  if ((m = p.deKeyword.exec(text))) {
    if (!header.de) header.de = readDe(text, index, m);
    return {};
  }
  if ((m = p.securityLine.exec(text)) && /^ZN[RY]$/.test(m[1])) {
    header.security ??= readSecurity(m, text, index);
    return {};
  }
  if ((m = p.dtgLine.exec(text))) {
    header.dtg ??= readDtg(m, index);
    return {};
  }
  if ((m = p.fmLine.exec(text))) {
    const name = groupToken(m, 2, index)!;
    if (header.from) header.extraFrom.push(name);
    else header.from = name;
    return {};
  }
  if ((m = p.addressKeywordLine.exec(text))) {
    const kind = m[1] as AddressKind;
    const rest = text.slice(m[0].length);
    if (kind === 'INFO' && p.officeSymbols.test(rest)) {
      seen.printout = true;
      return {};
    }
    if (rest.trim() && !p.addressPageNoise.test(rest)) {
      pushAddress(header, readAddress(kind, text, index, m[0].length, groupToken(m, 1, index)));
    }
    return { addressKind: kind };
  }
  if (p.btLine.test(text) || p.nnnnLine.test(text)) return {};
  if (!header.precedenceDigraph && expectRoutingIndicators && (m = p.digraphLine.exec(text))) {
    const offset = m.indices![2][0];
    header.precedenceDigraph = {
      range: range(index, 0, index, text.trimEnd().length),
      digraph: groupToken(m, 1, index)!,
      routingIndicators: routingIndicatorTokens(m[2], index, offset),
    };
    return { expectRoutingIndicators: true };
  }
  if (expectRoutingIndicators && header.precedenceDigraph && p.routingIndicatorsLine.test(text)) {
    header.precedenceDigraph.routingIndicators.push(...routingIndicatorTokens(text, index, 0));
    header.precedenceDigraph.range = { start: header.precedenceDigraph.range.start, end: { line: index, character: text.trimEnd().length } };
    return { expectRoutingIndicators: true };
  }
  if (p.printoutLine.test(text) || p.officeSymbolsLine.test(text) || p.classificationOnlyLine.test(text)) {
    seen.printout = true;
    return {};
  }
  if (addressKind) {
    pushAddress(header, readAddress(addressKind, text, index, 0, undefined));
    return { addressKind };
  }
  if (p.wrapperLine.test(text) || p.partnerDateLine.test(text)) {
    seen.wrapper = true;
    return {};
  }
  return undefined;
}

function routingIndicatorTokens(text: string, line: number, offset: number): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(p.routingIndicator)) out.push(token(line, offset + m.index!, m[0]));
  return out;
}

function readDe(text: string, line: number, keyword: RegExpExecArray): Header['de'] {
  const de: NonNullable<Header['de']> = {
    range: range(line, 0, line, text.trimEnd().length),
    keyword: groupToken(keyword, 1, line)!,
    wellFormed: false,
  };
  const m = p.deLine.exec(text);
  if (!m) return de;
  const julian = groupToken(m, 4, line)!;
  return {
    ...de,
    wellFormed: true,
    station: groupToken(m, 1, line),
    serial: groupToken(m, 2, line),
    part: groupToken(m, 3, line),
    julian,
    julianDay: Number(julian.text.slice(0, 3)),
    hour: Number(julian.text.slice(3, 5)),
    minute: Number(julian.text.slice(5, 7)),
  };
}

function readSecurity(m: RegExpExecArray, text: string, line: number): Header['security'] {
  const group = groupToken(m, 2, line);
  const valid = group && p.securityGroup.exec(group.text);
  return {
    range: range(line, 0, line, text.trimEnd().length),
    prosign: groupToken(m, 1, line)!,
    group,
    level: valid ? securityGroupLevel[valid[1]] : undefined,
    efto: valid?.[1] === 'E',
  };
}

function readDtg(m: RegExpExecArray, line: number): Dtg {
  const precedences = [groupToken(m, 1, line), groupToken(m, 2, line)].filter((t): t is Token => t !== undefined);
  const group = groupToken(m, 3, line)!;
  const dayToken = groupToken(m, 4, line)!;
  const hh = groupToken(m, 5, line)!;
  const mm = groupToken(m, 6, line)!;
  const timeToken: Token = { text: hh.text + mm.text, range: { start: hh.range.start, end: mm.range.end } };
  const monthToken = groupToken(m, 7, line)!;
  const yearToken = groupToken(m, 8, line)!;
  return {
    range: { start: precedences[0]?.range.start ?? group.range.start, end: group.range.end },
    groupRange: group.range,
    precedences,
    day: Number(dayToken.text),
    hour: Number(hh.text),
    minute: Number(mm.text),
    dayToken,
    timeToken,
    monthToken,
    yearToken,
    month: monthNumber(monthToken.text),
    year: yearToken.text.length === 4 ? Number(yearToken.text) : expandYear(Number(yearToken.text)),
  };
}

/** Parses `[RI/]NAME [//OFFICE//] [PRECEDENCE] [MCN]` starting at `from`. */
function readAddress(kind: AddressKind, text: string, line: number, from: number, keyword: Token | undefined): Address {
  let rest = text.slice(from).trimEnd();
  let start = from + (rest.length - rest.trimStart().length);
  rest = rest.trimStart();
  const address: Address = {
    kind,
    range: range(line, keyword ? keyword.range.start.character : start, line, from + text.slice(from).trimEnd().length),
    keyword,
    name: token(line, start, rest),
    misspeltPrecedence: false,
  };
  const ri = /^(R[A-Z]{3,6}|ZEN|XMT)\//.exec(rest);
  if (ri) {
    address.routingIndicator = token(line, start, ri[1]);
    start += ri[0].length;
    rest = rest.slice(ri[0].length);
  }
  // Peel MCN and precedence words from the end.
  const words = rest.split(/([ \t]+)/);
  let endIndex = words.length;
  const wordAt = (i: number) => words[i];
  const offsetOf = (i: number) => start + words.slice(0, i).join('').length;
  if (endIndex > 0 && /^\d{3,4}(?:-\d{3,4})?$/.test(wordAt(endIndex - 1))) {
    address.mcn = token(line, offsetOf(endIndex - 1), wordAt(endIndex - 1));
    endIndex -= 2;
  }
  if (endIndex > 0) {
    const last = wordAt(endIndex - 1).replace(/\/+$/, '');
    const twoWords = endIndex > 2 ? `${wordAt(endIndex - 3)} ${last}` : '';
    const exact = twoWords === 'NIACT IMMEDIATE' ? 'NIACT IMMEDIATE' : precedenceWords.find((w) => w === last);
    const misspelt = exact ? undefined : misspeltPrecedence(last);
    const word = exact ?? misspelt;
    if (word && endIndex > 1) {
      const first = exact === 'NIACT IMMEDIATE' ? endIndex - 3 : endIndex - 1;
      address.precedence = token(line, offsetOf(first), words.slice(first, endIndex).join('').replace(/\/+$/, ''));
      address.precedenceWord = word;
      address.misspeltPrecedence = !exact;
      endIndex = first - 1;
    }
  }
  const name = words.slice(0, Math.max(endIndex, 0)).join('').replace(/[\s/]+$/, '');
  address.name = token(line, start, name || rest);
  return address;
}

/** A precedence word with one or two letters wrong (`PRIOITY`, `PIORITY`, `IMMEDAITE`). */
function misspeltPrecedence(word: string): PrecedenceWord | undefined {
  if (word.length < 6 || word.length > 11 || !/^[A-Z]+$/.test(word)) return undefined;
  for (const candidate of ['PRIORITY', 'IMMEDIATE', 'ROUTINE'] as const) {
    if (word[0] === candidate[0] && editDistance(word, candidate) <= 2) return candidate;
  }
  return undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}

function pushAddress(header: Header, address: Address): void {
  const list = address.kind === 'TO' ? header.to : address.kind === 'INFO' ? header.info : header.xmt;
  list.push(address);
}
