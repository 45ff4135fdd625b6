// What the workspace index reads from a cable file: ID, subject, DTG, tags and originator.
// These all sit in the header and caption block, so only the text up to the first
// paragraph is parsed, which is a small part of most cables. Pure: text in, fields out.
import { detectionLineCount, looksLikeCable } from '../../../client/src/detect';
import type { Cable } from '../parser/model';
import { parseCableFile } from '../parser/parse';
import { paragraphStart } from '../parser/patterns';
import type { CableFields } from './cableIndex';

/** File name endings of the files the index reads. `.txt` files are read only if they open like a cable. */
export const cableFileExtensions = ['.txt', '.cable', '.tel'] as const;

/** The glob that matches the files in `cableFileExtensions`, for file watchers. */
export const cableFileGlob = '**/*.{txt,cable,tel}';

export function isCableFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return cableFileExtensions.some((extension) => lower.endsWith(extension));
}

/** Plain-text files need the same content check as the editor applies before treating one as a cable. */
function needsContentCheck(name: string): boolean {
  return name.toLowerCase().endsWith('.txt');
}

/**
 * Whether a line from byte `from` on may start another cable: the parser splits files at
 * VZCZC, DE and partial-extract lines, and at a DTG line over an FM line. Loose and cheap
 * (native byte searches, no decoding): a hit only means the whole text is parsed.
 */
function mayStartAnotherCable(bytes: Buffer, from: number): boolean {
  return anywhere.some((needle) => bytes.indexOf(needle, from) >= 0) || lineOpeners.some((opener) => hasLineStartingWith(bytes, from, opener));
}

// Buffers, not strings: a string needle is encoded again on every search.
const anywhere = ['VZCZC', 'his record is a partial extract'].map((needle) => Buffer.from(needle));
const lineOpeners = ['DE ', 'DE\t', 'FM ', 'FM\t'].map((opener) => Buffer.from(opener));
const [lineFeed, space, tab] = [10, 32, 9];

/** A line at or after `from` whose first non-blank characters are `opener`. */
function hasLineStartingWith(bytes: Buffer, from: number, opener: Buffer): boolean {
  for (let at = bytes.indexOf(opener, from); at >= 0; at = bytes.indexOf(opener, at + 1)) {
    let before = at - 1;
    while (before >= from && (bytes[before] === space || bytes[before] === tab)) before--;
    if (before < from || bytes[before] === lineFeed) return true;
  }
  return false;
}

const subjectLine = /^\s*S?UBJ(?:ECT)?\s*:/i;

/**
 * The fields of the cables in a file's text for the index; none for a file that is not a
 * cable. `text` may be only the start of a longer file, cut at a line end.
 */
export function readCableFields(fileName: string, text: string): CableFields[] {
  return readCableFieldsFromBytes(fileName, Buffer.from(text, 'utf8'));
}

/** How much of a file is decoded first: the header and caption block of nine cables in ten fit. */
const startWindowBytes = 4096;

/**
 * `readCableFields` for the bytes of a file (UTF-8, possibly cut at a line end). Most files
 * need only their first few KB decoded and parsed.
 */
export function readCableFieldsFromBytes(fileName: string, bytes: Buffer): CableFields[] {
  const windowEnd = bytes.length <= startWindowBytes ? bytes.length : bytes.lastIndexOf(lineFeed, startWindowBytes - 1) + 1;
  let text = bytes.toString('utf8', 0, windowEnd);
  let complete = windowEnd === bytes.length;
  if (needsContentCheck(fileName) && !opensLikeCable(text, bytes)) return [];
  let headLength = captionBlockEnd(text);
  // A long header: the caption block ends further down.
  if (headLength === text.length && !complete) {
    text = bytes.toString('utf8');
    complete = true;
    headLength = captionBlockEnd(text);
  }
  const whole = () => (complete ? text : bytes.toString('utf8'));
  // No numbered paragraph, or maybe more cables after the first: parse everything.
  if (headLength === text.length || mayStartAnotherCable(bytes, Buffer.byteLength(text.slice(0, headLength)))) {
    return cableFields(parseCableFile(whole()).cables);
  }
  const cables = parseCableFile(text.slice(0, headLength)).cables;
  // Without a serial in the banner the ID comes from the page markers further down.
  if (cables.some((cable) => cable.id === undefined && cable.banner?.serial === undefined)) return cableFields(parseCableFile(whole()).cables);
  return cableFields(cables);
}

/** The fields of the parsed cables the index keeps: those with an ID or a subject to find them by. */
export function cableFields(cables: readonly Cable[]): CableFields[] {
  return cables.filter((cable) => cable.id !== undefined || cable.subject !== undefined).map(fieldsOf);
}

/** How much of a plain-text file is searched for a cable header before it is taken for prose. */
const contentCheckLength = 4096;

/**
 * The editor's check on the first lines, or a cable header line a little further down (an
 * e-mail or printout wrapper can come first, as in 08TRIPOLI248).
 */
function opensLikeCable(start: string, bytes: Buffer): boolean {
  return looksLikeCable(leadingLines(start)) || mayStartAnotherCable(bytes.subarray(0, contentCheckLength), 0);
}

function leadingLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < detectionLineCount && start <= text.length) {
    const end = text.indexOf('\n', start);
    lines.push(text.slice(start, end < 0 ? text.length : end).replace(/\r$/, ''));
    if (end < 0) break;
    start = end + 1;
  }
  return lines;
}

/**
 * Where the first cable's header and caption block end: the end of the first line of the
 * first numbered paragraph after its SUBJECT line, or the end of the text when there is none.
 */
export function captionBlockEnd(text: string): number {
  let subjectSeen = false;
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    // The first paragraph line stays in: it tells the parser that the caption block has ended.
    if (subjectSeen && paragraphStart.test(line)) return Math.min(end + 1, text.length);
    if (!subjectSeen && subjectLine.test(line)) subjectSeen = true;
    start = end + 1;
  }
  return text.length;
}

function fieldsOf(cable: Cable): CableFields {
  const place = cable.banner?.range ?? cable.header.range ?? cable.range;
  const oneLine = place.start.line === place.end.line;
  return {
    id: cable.id,
    subject: cable.subject?.text.replace(/\s+/g, ' ').trim() || undefined,
    dtg: isoDtg(cable),
    tags: cable.tags?.tags.map((tag) => tag.text) ?? [],
    origin: cable.header.from?.text,
    line: place.start.line,
    startCharacter: place.start.character,
    endCharacter: oneLine ? place.end.character : place.start.character,
  };
}

/** `2008-05-21T08:39Z`, or undefined for a DTG with an unknown month. */
function isoDtg(cable: Cable): string | undefined {
  const dtg = cable.header.dtg;
  if (!dtg || dtg.month === undefined) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${dtg.year}-${two(dtg.month)}-${two(dtg.day)}T${two(dtg.hour)}:${two(dtg.minute)}Z`;
}
