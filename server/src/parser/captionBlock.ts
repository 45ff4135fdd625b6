// The caption block between banner and first paragraph: E.O., TAGS, SUBJECT, REF and
// Classified By. Elements are found by their own keywords anywhere in a line, since real
// cables glue them together (`…VISIT TO CAIROClassified By: …`).
import type { ClassifiedBy, EoLine, Reference, References, Subject, TagsLine, Token } from './model';
import { JoinedText } from './joined';
import * as p from './patterns';
import { readPortionMark } from './portionMark';
import { expandYear, isValidDate } from './dates';
import { idStationNormalisation } from './tables';
import { isCapitalCode, isDigitCode, isSpaceCode, trimmedEnd, trimmedLength, trimmedStart } from './text';

export type CaptionElementKind = 'eo' | 'tags' | 'subject' | 'ref' | 'classified';

/** Where each keyword was found and the text that follows it, up to the next keyword. */
export interface CaptionElement {
  kind: CaptionElementKind;
  keyword: Token;
  body: JoinedText;
}

const captionKinds: readonly CaptionElementKind[] = ['eo', 'tags', 'subject', 'ref', 'classified'];

/**
 * p.captionKeywords with its named groups made plain (group k + 1 is captionKinds[k]): named
 * groups cost a `groups` object on every match.
 */
const captionKeywords = new RegExp(p.captionKeywords.source.replace(/\(\?<\w+>/g, '('), p.captionKeywords.flags);

/**
 * The keyword hits of the line being read (kind, start and end of each), kept in arrays reused
 * from line to line: most lines have none or one, and an object and an array per line were
 * garbage as soon as the elements were built.
 */
const hitKinds: number[] = [];
const hitStarts: number[] = [];
const hitEnds: number[] = [];
let hitCount = 0;

/** What lines without keywords (most) get; shared, never changed. */
const noElements: readonly CaptionElement[] = Object.freeze([]);

/** The keywords found in one line, in order, with the text each one owns on that line. */
export function findCaptionKeywords(text: string, line: number): readonly CaptionElement[] {
  hitCount = 0;
  // An exec loop: matchAll copies the regex on every call.
  captionKeywords.lastIndex = 0;
  for (let m = captionKeywords.exec(text); m; m = captionKeywords.exec(text)) addKeywordHit(m, text);
  if (hitCount === 0) return noElements;
  const elements: CaptionElement[] = [];
  for (let i = 0; i < hitCount; i++) {
    const start = hitStarts[i];
    const end = hitEnds[i];
    const keywordEnd = trimmedEnd(text, start, end);
    const bodyEnd = trimmedEnd(text, end, i + 1 < hitCount ? hitStarts[i + 1] : text.length);
    const bodyStart = trimmedStart(text, end, bodyEnd);
    const body = new JoinedText();
    // E.O. keeps its number inside the keyword hit; the body starts after it.
    if (bodyStart < bodyEnd) body.append(line, bodyStart, text.slice(bodyStart, bodyEnd));
    elements.push({ kind: captionKinds[hitKinds[i]], keyword: { text: text.slice(start, keywordEnd), range: rangeOn(line, start, keywordEnd) }, body });
  }
  return elements;
}

/** After an E.O. that follows Classified By: the caption's own DECL, N/A or OADR. */
const eoCaptionTail = /^\s*:?\s*(?:DECL|N\/?A\b|OADR)/i;

const eoKind = captionKinds.indexOf('eo');
const classifiedKind = captionKinds.indexOf('classified');

/** Whether a keyword of kind `kind` was already found on the line. */
function hasHitOf(kind: number): boolean {
  for (let i = 0; i < hitCount; i++) if (hitKinds[i] === kind) return true;
  return false;
}

function addKeywordHit(m: RegExpExecArray, text: string): void {
  // One group takes part in a match: the one of its alternative (group k + 1 is captionKinds[k]).
  let group = 1;
  while (m[group] === undefined) group++;
  const kind = group - 1;
  const end = m.index + m[0].length;
  // `Classified by X; E.O. 12958, reasons 1.4 (b)`: an E.O. cited after Classified By is its
  // reason, not the E.O. caption (which goes on with DECL, N/A or OADR).
  if (kind === eoKind && hasHitOf(classifiedKind) && !eoCaptionTail.test(text.slice(end, end + 20))) return;
  const start = trimmedStart(text, m.index, end);
  // `Classified By: Classified by …`: a keyword repeated right after itself is one keyword.
  const previous = hitCount - 1;
  if (previous >= 0 && hitKinds[previous] === kind && onlyBlanksAndColons(text, hitEnds[previous], start)) {
    hitEnds[previous] = end;
    return;
  }
  hitKinds[hitCount] = kind;
  hitStarts[hitCount] = start;
  hitEnds[hitCount] = end;
  hitCount++;
}

/** `/^[\s:]*$/` on the text from `start` to `end`. */
function onlyBlanksAndColons(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code !== 0x3a /* : */ && !isSpaceCode(code)) return false;
  }
  return true;
}

function rangeOn(line: number, start: number, end: number) {
  return { start: { line, character: start }, end: { line, character: end } };
}

function elementRange(element: CaptionElement) {
  return element.body.isEmpty ? element.keyword.range : { start: element.keyword.range.start, end: element.body.range.end };
}

/** Where `:\s*` at `at` ends; `at` when there is no colon there. */
function colonEnd(text: string, at: number): number {
  return text.charCodeAt(at) === 0x3a /* : */ ? trimmedStart(text, at + 1, text.length) : at;
}

/** The order's number in the E.O. keyword (`E.O. 12958`). */
const eoOrderNumber = /1\d{3,4}/;
/** `N/A`, `NA`, `N / A`, tried on the instruction in capitals. */
const notApplicable = /^N\s?\/?\s?A\b/;
// `\s*:?\s*` is written `\s*(?::\s*)?` below: the same text, but one way to split the white space,
// so a failing match (no X6; a line separator U+2028 in the date) does not try them all.
/** `DECL: X6`, `DECLASSIFY ON: 1.6 X1`: exempt from declassification. */
const exemption = /^(?:DECL\w*|DECLASSIFY ON)\s*(?::\s*)?(?:1\.6\s*)?X\d/;
/**
 * `DECL: 05/21/2018`, with the date in group 1. The date cannot start with white
 * space (the quantifiers before it took all of it), and saying so keeps a failing match linear.
 */
const declInstruction = /^(?:DECLASSIFY\s+ON|DECLL?)\s*(?::\s*)?((?!\s).*|)$/i;

export function readEo(element: CaptionElement): EoLine {
  const { keyword, body } = element;
  const orderMatch = eoOrderNumber.exec(keyword.text)!;
  const orderStart = keyword.range.start.character + orderMatch.index;
  const order: Token = { text: orderMatch[0], range: rangeOn(keyword.range.start.line, orderStart, orderStart + orderMatch[0].length) };
  const eo: EoLine = { range: elementRange(element), keyword, order, declKind: 'none' };
  // The instruction follows a colon, if any, and the blanks after it.
  const skipped = colonEnd(body.text, 0);
  if (skipped === body.text.length) return eo;
  const raw = body.text.slice(skipped);
  eo.instruction = body.token(skipped, raw);
  const upper = raw.toUpperCase();
  if (notApplicable.test(upper)) eo.declKind = 'na';
  else if (exemption.test(upper)) eo.declKind = 'exempt';
  else if (upper.includes('OADR')) eo.declKind = 'oadr';
  else {
    const decl = declInstruction.exec(raw);
    eo.declKind = 'other';
    if (decl) {
      // Group 1 starts with no white space and runs to the end of the instruction.
      const dateText = decl[1].trim();
      const date = readDate(dateText);
      if (date) {
        eo.declKind = 'date';
        eo.declDate = date;
      } else if (isDigitCode(dateText.charCodeAt(0))) {
        let wordEnd = 1;
        while (wordEnd < dateText.length && !isSpaceCode(dateText.charCodeAt(wordEnd))) wordEnd++;
        eo.badDate = body.token(skipped + raw.length - decl[1].length, dateText.slice(0, wordEnd));
      }
    }
  }
  return eo;
}

/** `MM/DD/YYYY` or `M/D/YY` (the year in two or four digits), in groups 1 to 3. */
const monthDayYear = /^(\d{1,2})\s?\/\s?(\d{1,2})\s?\/\s?(\d{4}|\d{2})(?!\d)/;
/** `YYYY/MM/DD` or `YYYY-MM-DD`, in groups 1 to 3. */
const yearMonthDay = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?!\d)/;

/** `MM/DD/YYYY`, `M/D/YY`, `YYYY/MM/DD` or `YYYY-MM-DD`, when it is a real date. */
function readDate(text: string): { year: number; month: number; day: number } | undefined {
  let m = monthDayYear.exec(text);
  if (m) {
    const year = m[3].length === 2 ? expandYear(Number(m[3])) : Number(m[3]);
    const date = { year, month: Number(m[1]), day: Number(m[2]) };
    return isValidDate(date.year, date.month, date.day) ? date : undefined;
  }
  m = yearMonthDay.exec(text);
  if (m) {
    const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    return isValidDate(date.year, date.month, date.day) ? date : undefined;
  }
  return undefined;
}

/** A tag: a Markdown link `[PGOV](#)` (the text in group 1) or a word. */
const tagWord = /\[([^\]\n]{1,60})\]\(#\)|[^\s,;]+/g;
/** The TAGS keyword repeated among the tags. */
const tagsKeyword = /^TAGS?:?$/i;

export function readTags(element: CaptionElement): TagsLine {
  const tags: Token[] = [];
  const text = element.body.text;
  // An exec loop: matchAll copies the regex on every call.
  tagWord.lastIndex = 0;
  for (let m = tagWord.exec(text); m; m = tagWord.exec(text)) {
    const value = m[1] ?? m[0];
    if (value.length <= 5 && tagsKeyword.test(value)) continue;
    tags.push(element.body.token(m.index + (m[1] !== undefined ? 1 : 0), value));
  }
  return {
    range: elementRange(element),
    prefix: element.keyword,
    prefixWellFormed: p.tagsPrefixWellFormed.test(element.keyword.text.trim()),
    tags,
  };
}

export function readSubject(element: CaptionElement): Subject {
  const subject: Subject = { range: elementRange(element), keyword: element.keyword, text: element.body.text };
  if (!element.body.isEmpty) {
    subject.textRange = element.body.range;
    const start = element.body.positionAt(0);
    const mark = readPortionMark(element.body.text, start.line, start.character);
    // Only a mark on the first line of the subject counts (the joined text may wrap).
    const markEnd = mark && element.body.positionAt(mark.text.length);
    if (mark && markEnd?.line === start.line && markEnd.character === mark.range.end.character) subject.portionMark = mark;
  }
  return subject;
}

/** `A.`, `(B)`, `¶C.`; lower-case letters count only where they go on with the sequence (see below). */
const enumerator = /(?:^|\s)¶?(?:\(([A-Za-z])\)(?=\s)|([A-Za-z])(?:[.:](?=\s)|\)(?=[\sA-Z0-9])))/g;
/** An item that is nothing but a cable reference, in any case (`06 kuwait 4664`, `a. State 1612`). */
const bareReference = /^(?:¶?\(?[A-Za-z][.:)]\)?\s*)?(?:'?\d{2}(?:\d{2})?\s+)?[A-Za-z]+(?:\s[A-Za-z]+){0,3}\s+#?\d{1,7}[.,;]?$/;
/** `[YY|YYYY|'YY|(YY)] STATION NNNN [(YY)|(YYYY)|-YY]`: the year before the station or after the serial. */
const cableReference = /(?:^|\s)(?:'?(\d{2}|\d{4})\s+|\((\d{2})\)\s+)?(?!(?:AND|OR|OF|TO|SEE|ALSO|PLUS)\s)([A-Z][A-Z]{1,}(?:\s[A-Z]{2,}){0,3}?)\s+#?0*(\d{1,7})\b(?:\s?\((\d{2}|\d{4})\)|-(\d{2})(?!\d))?(?![-/]\d)/;

/** The cable whose references are read: a reference to its own station numbered after it is from an earlier year. */
export interface OwnCable {
  station: string;
  serial: number;
}

export function readReferences(element: CaptionElement, cableYear: number | undefined, own?: OwnCable): References {
  const { body } = element;
  const text = body.text;
  const items: Reference[] = [];
  const starts: { at: number; letter?: Token }[] = [];
  // An exec loop: matchAll copies the regex on every call.
  enumerator.lastIndex = 0;
  for (let m = enumerator.exec(text); m; m = enumerator.exec(text)) {
    const letter = m[1] ?? m[2];
    const at = m.index + m[0].indexOf(letter);
    const previous = starts[starts.length - 1];
    // A lower-case letter is an enumerator only as the next letter of the list (`E. … f. … g.`,
    // or `a.` first, as in the lower-case rendering); elsewhere it is prose (`see a. note`).
    if (letter !== letter.toUpperCase() && letter.toUpperCase().charCodeAt(0) !== (previous?.letter ? previous.letter.text.toUpperCase().charCodeAt(0) + 1 : 65)) continue;
    // A doubled enumerator (`A. A. STATE 3080`) opens one item, not an empty one and a second A.
    if (previous?.letter?.text === letter && oneWord.test(text.slice(previous.at, m.index).trim())) continue;
    starts.push({ at: trimmedStart(text, m.index, m.index + m[0].length), letter: body.token(at, letter) });
  }
  if (starts.length === 0 || starts[0].at > 0) starts.unshift({ at: 0 });
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i].at;
    const to = i + 1 < starts.length ? starts[i + 1].at : text.length;
    const itemEnd = trimmedEnd(text, from, to);
    const itemStart = trimmedStart(text, from, itemEnd);
    if (itemStart === itemEnd) continue;
    const itemText = text.slice(itemStart, itemEnd);
    // Without enumerators, one item may list several cables (`CARACAS 1374; CARACAS 1256`,
    // `SECSTATE 11880 AND SECSTATE 10404`): each cable opens an item of its own.
    const searchedCites = !starts[i].letter && itemText.length <= 400;
    const cites = searchedCites ? citedCables(itemText, cableYear, own) : [];
    if (cites.length > 1) {
      for (let k = 0; k < cites.length; k++) {
        const cite = cites[k];
        // Offsets in itemText (counted from `from`, where an item starts without white space):
        // the part runs to the next cite, without the separators before it.
        const partStart = k === 0 ? 0 : cite.start;
        let partEnd = k + 1 < cites.length ? cites[k + 1].start : itemText.length;
        while (partEnd > partStart && isListSeparatorCode(itemText.charCodeAt(partEnd - 1))) partEnd--;
        const shownStart = trimmedStart(itemText, partStart, partEnd);
        items.push({
          range: body.rangeOf(from + shownStart, from + partEnd),
          text: itemText.slice(shownStart, partEnd),
          cableId: cite.id,
          cableIdRange: body.rangeOf(from + cite.start, from + cite.end),
        });
      }
      continue;
    }
    const item: Reference = { range: body.rangeOf(from, itemEnd), letter: starts[i].letter, text: itemText };
    // A bare reference names its cable whatever the case. Upper case keeps every offset: besides
    // ASCII letters and digits a bare reference holds only signs and white space, which have no case.
    const searchedText = bareReference.test(itemText) ? itemText.toUpperCase() : itemText;
    // The item's cable is the first one citedCables found, if it looked in the same text (as for
    // most bare references, written in capitals already).
    const cited = searchedCites && searchedText === itemText ? cites[0] : referencedCable(searchedText, cableYear, own);
    if (cited) {
      item.cableId = cited.id;
      item.cableIdRange = body.rangeOf(from + cited.start, from + cited.end);
    }
    items.push(item);
  }
  return { range: elementRange(element), keyword: element.keyword, items };
}

/** A text without white space (trimmed), as between a doubled enumerator's two letters. */
const oneWord = /^\S*$/;

/** `[\s,;]`: what separates the cables of one item. */
function isListSeparatorCode(code: number): boolean {
  return code === 0x2c /* , */ || code === 0x3b /* ; */ || isSpaceCode(code);
}

const cableReferences = new RegExp(cableReference.source, 'g');

/** A cable that a REF item names, and where the naming text sits in the item. */
interface Cite {
  id: string;
  start: number;
  end: number;
}

/** Every cable an item names, in order (callers keep the text short). */
function citedCables(text: string, cableYear: number | undefined, own?: OwnCable): Cite[] {
  const cites: Cite[] = [];
  for (let at = 0; at < text.length; ) {
    const cite = referencedCable(text.slice(at), cableYear, own);
    if (!cite) break;
    cites.push({ id: cite.id, start: at + cite.start, end: at + cite.end });
    at += cite.end;
  }
  return cites;
}
/**
 * Words that make the "station" before a number a date or a document that is not a telegram
 * (`AUGUST 28`, `MANN EMAIL 01/13/2010`, `MITCHELL/SIMS TELCON 02/16/2010`, `UNSCR 1737`, `IIR 6 902`).
 */
const notAStation =
  /\b(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?|E-?MAILS?|MAIL|TELCONS?|MEMCONS?|LETTERS?|DAILY|REPORTS?|POINTS?|ATTACHMENTS?|DATED|UNSCR|FAM|IIR|OF|TO|AND)\b/;

/** Station abbreviations that REF lines use (format notes 3.7): `09 KL 1016`, `05 CASA 1220`. */
const referenceStationAbbreviations: ReadonlyMap<string, string> = new Map([
  ['KL', 'KUALALUMPUR'],
  ['HCMC', 'HOCHIMINHCITY'],
  ['BA', 'BUENOSAIRES'],
  ['RIO', 'RIODEJANEIRO'],
  ['PAP', 'PORTAUPRINCE'],
  ['CASA', 'CASABLANCA'],
  ['USUN', 'USUNNEWYORK'],
  ['USEU', 'USEUBRUSSELS'],
]);

/** A reference written as a cable ID: `08STATE12345`. */
const gluedCableId = /(?:^|\s)(\d{2})([A-Z]{3,17})(\d{1,7})\b/;

/** `A)`, `(B)`, `C.`: an enumerator that may be glued to its item (`A)STATE 198912`). */
const gluedEnumerator = /^¶?(?:\(?[A-Z]\)\s*|[A-Z][.:]\s+)/;
/** `  001.2 OF 002` after `TRIPOLI 00000829`: this cable's page marker run into the REF line. */
const pageMarkerNumbers = /^\s+\d{3}(?:\.\d{1,2})?\s+OF\s+\d{3}/i;
/** The address words before a station (`EMBASSY VIENNA 1450`), not part of it. */
const addressWords = /^(?:AMEMBASSY|AMCONSUL|USMISSION|EMBASSY|CONSULATE)\s+(?=[A-Z])/;
/** What a station's ID drops (`ADDIS ABABA` becomes `ADDISABABA`). */
const stationSigns = /[\s'-]/g;

/** A gate for gluedEnumerator: `¶`, `(`, or a letter and `)`, `.` or `:`. */
function mayStartGluedEnumerator(text: string): boolean {
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  return first === 0xb6 /* ¶ */ || first === 0x28 /* ( */ || (isCapitalCode(first) && (second === 0x29 /* ) */ || second === 0x2e /* . */ || second === 0x3a /* : */));
}

/** A gate for addressWords: the station starts with AM, US, EM or CO. */
function startsWithAddressWord(station: string): boolean {
  return station.startsWith('AM') || station.startsWith('US') || station.startsWith('EM') || station.startsWith('CO');
}

/** `station.replace(stationSigns, '')`, without the regex run when there is nothing to drop. */
function withoutStationSigns(station: string): string {
  for (let at = 0; at < station.length; at++) {
    const code = station.charCodeAt(at);
    if (code === 0x27 /* ' */ || code === 0x2d /* - */ || isSpaceCode(code)) return station.replace(stationSigns, '');
  }
  return station;
}

/** The cable an item names, with where the naming text sits in `text`. */
function referencedCable(text: string, cableYear: number | undefined, own?: OwnCable): Cite | undefined {
  const enumerator = (mayStartGluedEnumerator(text) && gluedEnumerator.exec(text)?.[0]) || '';
  // The enumerator gives way to one space, so a year right after it still follows a space.
  const searched = enumerator ? ` ${text.slice(enumerator.length)}` : text;
  const shift = enumerator ? enumerator.length - 1 : 0;
  let m: RegExpExecArray | undefined;
  cableReferences.lastIndex = 0;
  for (let candidate = cableReferences.exec(searched); candidate; candidate = cableReferences.exec(searched)) {
    const end = candidate.index + candidate[0].length;
    const pageMarker = isSpaceCode(searched.charCodeAt(end)) && pageMarkerNumbers.test(searched.slice(end, end + 24));
    if (!pageMarker && !notAStation.test(candidate[3])) {
      m = candidate;
      break;
    }
  }
  if (!m) {
    const glued = gluedCableId.exec(searched);
    // `17MAR2008` is a date, not a cable.
    return glued && !notAStation.test(glued[2]) ? citeOf(glued, `${glued[1]}${glued[2]}${Number(glued[3])}`, searched, shift) : undefined;
  }
  const yearText = m[1] ?? m[2] ?? m[5] ?? m[6];
  const stationName = startsWithAddressWord(m[3]) ? m[3].trim().replace(addressWords, '') : m[3].trim();
  const station = idStationNormalisation.get(stationName) ?? referenceStationAbbreviations.get(stationName) ?? withoutStationSigns(stationName);
  const serial = Number(m[4]);
  // Serials run through the year, so `STATE 120288` cited by STATE 9124 without a year is last year's.
  const earlier = !yearText && own && cableYear !== undefined && station === own.station && serial > own.serial;
  const year = yearText ? (yearText.length === 4 ? Number(yearText) : expandYear(Number(yearText))) : earlier ? cableYear! - 1 : cableYear;
  if (year === undefined) return undefined;
  return citeOf(m, `${String(year % 100).padStart(2, '0')}${station}${serial}`, searched, shift);
}

/** The cite of match `m` in `searched`, without the white space it starts with, moved by `shift`. */
function citeOf(m: RegExpExecArray, id: string, searched: string, shift: number): Cite {
  const end = m.index + m[0].length;
  return { id, start: trimmedStart(searched, m.index, end) + shift, end: end + shift };
}

// The tails that readClassifiedBy cuts off the classifier's name. Each was a regex of the form
// `[\s,;.:]*TAIL$` (case-insensitive) replaced by '': searched at every position of the text, with
// runs of white space that two quantifiers could share, they took cubic time on long lines. Here
// the start of TAIL is found first, by a search that cannot linger in white space, and the cut
// then takes the separators before it too: the same cut, in linear time.
//   reason words:    [\s,;.:]*(?:for\s+|per\s+|under\s+)?(?:reasons?|rea\s*sons?)?\s*:?\s*$
//   reason section:  [\s,;.:]*(?:(?:for\s+|per\s+)?reasons?\s*:?\s*|under\s+)section\s*$
//   E.O. citation:   [\s,;.:]*\b(?:E\.?\s?O\.?|EO)\s?1\d{3,4}$

/** `[\s,;.:]`: the separators in front of a tail. */
function isSeparatorCode(code: number): boolean {
  return isSpaceCode(code) || code === 0x2c /* , */ || code === 0x3b /* ; */ || code === 0x2e /* . */ || code === 0x3a /* : */;
}

/** `text` up to `tailStart`, without the separators in front of it. */
function cutBefore(text: string, tailStart: number): string {
  let end = tailStart;
  while (end > 0 && isSeparatorCode(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end);
}

/** Where the white space with at most one colon (`\s*:?\s*`) that ends at `end` starts. */
function blanksAndColonStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && isSpaceCode(text.charCodeAt(start - 1))) start--;
  if (start > 0 && text.charCodeAt(start - 1) === 0x3a /* : */) {
    start--;
    while (start > 0 && isSpaceCode(text.charCodeAt(start - 1))) start--;
  }
  return start;
}

/**
 * The reason-words tail where it starts with a word (`for reasons:`, `under`, `rea sons`): the
 * words, then `\s*(?::\s*)?` (the same as `\s*:?\s*`, but with one way to share the white space).
 */
const reasonWordsTail = /(?:(?:for|per|under)\s+(?:(?:reasons?|rea\s*sons?)\s*)?|(?:reasons?|rea\s*sons?)\s*)(?::\s*)?$/i;

function withoutReasonWords(text: string): string {
  // Without words the tail is the white space and colon at the end, which follows any words.
  return cutBefore(text, reasonWordsTail.exec(text)?.index ?? blanksAndColonStart(text, text.length));
}

/** `section` at `lastIndex`, then only white space. */
const sectionAtEnd = /section\s*$/iy;
/** What the reason-section tail holds before `section` (a word always starts it). */
const reasonBeforeSection = /(?:(?:for|per)\s+)?reasons?\s*(?::\s*)?$|under\s+$/i;

function withoutReasonSection(text: string): string {
  const sectionStart = trimmedLength(text) - 'section'.length;
  sectionAtEnd.lastIndex = sectionStart;
  if (sectionStart < 0 || !sectionAtEnd.test(text)) return text;
  const reason = reasonBeforeSection.exec(text.slice(0, sectionStart));
  return reason ? cutBefore(text, reason.index) : text;
}

/** The E.O. citation tail without its separators; it is at most 11 characters long. */
const eoCitation = /\b(?:E\.?\s?O\.?|EO)\s?1\d{3,4}$/i;

function withoutEoCitation(text: string): string {
  // One character more than the longest citation, for `\b` to see what comes before it.
  const from = Math.max(0, text.length - 12);
  const m = eoCitation.exec(text.slice(from));
  return m ? cutBefore(text, from + m.index) : text;
}

/** `1.4`, `1.5`, `1,4`, `1. 4`: the section of the reasons, its digits in groups 1 and 2. */
const reasonSection = /(?<![\d.])(\d)\s?[.,]\s?(\d)(?![\d])/;
/** After the section: a parenthesis (its text in group 1), a word, or another sign. */
const letterListPart = /\(([^()]{0,20})\)|[A-Za-z]+\d*|[^\sA-Za-z]/g;
const wordInParentheses = /[A-Za-z]+\d*/g;
const letterOrAnd = /^[A-Za-z]$|^and$/i;
const oneLetter = /^[A-Za-z]$/;
const letterJoiner = /^(?:and|or|[,;&+/)(])$/i;

/**
 * The matches of the global `regex` in `text`, like `text.matchAll(regex)`, which copies the
 * regex on every call. `regex` must not match empty text.
 */
function allMatches(regex: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) matches.push(m);
  return matches;
}

export function readClassifiedBy(element: CaptionElement): ClassifiedBy {
  const { body } = element;
  const text = body.text;
  const result: ClassifiedBy = { range: elementRange(element), keyword: element.keyword, letters: [] };
  // The section has digits, which a colon after the keyword and the white space around it
  // (`\s*:\s*`) do not: it is found, with the same offsets, in the text with or without them.
  const section = reasonSection.exec(text);
  const blanks = trimmedStart(text, 0, text.length);
  const afterColon = colonEnd(text, blanks);
  // The name starts after that colon; the blanks before the colon go with the trimming below.
  const named = text.slice(afterColon > blanks ? afterColon : 0, section ? section.index : text.length);
  // The reason words, and an E.O. cited with them (`; reasons: E.O. 12958`, `. E.O. 12958 Reason`), are not the classifier.
  result.who = withoutReasonWords(withoutEoCitation(withoutReasonWords(withoutReasonSection(named)))).trim() || undefined;
  if (!section) return result;
  result.section = body.token(section.index, section[0]);
  // Letters follow the section: `(B,D)`, `(b) and (d)`, `b, d, and e`; stop at the first real word
  // or a parenthesis that holds something else (a portion mark, an exemption such as X6).
  const tailStart = section.index + section[0].length;
  const tail = text.slice(tailStart, tailStart + 80);
  // An exec loop: matchAll copies the regex on every call.
  letterListPart.lastIndex = 0;
  for (let m = letterListPart.exec(tail); m; m = letterListPart.exec(tail)) {
    const at = tailStart + m.index;
    if (m[1] !== undefined) {
      const letters = allMatches(wordInParentheses, m[1]);
      if (!letters.every((l) => letterOrAnd.test(l[0]))) break;
      for (const l of letters) if (l[0].length === 1) result.letters.push(body.token(at + 1 + l.index, l[0]));
    } else if (oneLetter.test(m[0])) result.letters.push(body.token(at, m[0]));
    else if (!letterJoiner.test(m[0])) break;
  }
  return result;
}
