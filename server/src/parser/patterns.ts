// Line patterns of the format (format-notes.md). Each applies to one line. All are free of
// nested quantifiers, so a 1 MB line costs linear time. Only the patterns whose group offsets are
// read carry the `d` flag: it makes every match several times dearer.
import { indentOf, isAsciiLetterCode, isCapitalCode, isDigitCode, isSpaceCode, leadCode, trimmedLength } from './text';

// ---- Transmission header ----
export const vzczcLine = /^\s*(VZCZC\S*)\s*$/;
export const vzczcWellFormed = /^VZCZC[A-Z]{3}\d{3,4}$/;
/** `RR RUEHWEB RUEHXX`: a two-letter digraph and routing indicators. */
export const digraphLine = /^\s*([A-Z]{2})((?:[ \t]+R[A-Z]{3,6})+)[ \t]*$/;
export const routingIndicatorsLine = /^\s*R[A-Z]{3,6}(?:[ \t]+R[A-Z]{3,6})*[ \t]*$/;
export const routingIndicator = /R[A-Z]{3,6}/g;
export const deKeyword = /^\s*(DE)(?=\s|$)/;
export const deLine = /^\s*DE\s+(R[A-Z]{3,6})\s+#(\d{4})(?:\/(\d{2}))?\s+(\d{7})(?:\s.*)?$/;
/** `ZNY CCCCC ZZH`; the group may be glued to the operating signal (`CCCCCZZH`). */
export const securityLine = /^\s*(ZN[A-Z])(?:[ \t]+(([A-Z])\3{4}(?=Z|[^A-Z]|$)|[A-Z]+))?/;
export const securityGroup = /^([UECST])\1{4}$/;
/** `O R 041614Z FEB 10 …` or a bare `291359Z Nov 00`. */
export const dtgLine =
  /^\s*(?:([ZOPR])[ \t]+(?:([ZOPR])[ \t]+)?)?((\d{2})(\d{2})(\d{2})Z[ \t]+([A-Za-z]{3})[ \t]+(\d{4}|\d{2}))(?=\s|$)/;
/** `FM AMEMBASSY TASHKENT`. The name ends at its last non-blank character: a lazy `.*?` before `\s*$` was quadratic on trailing blanks. */
export const fmLine = /^\s*(FM)[ \t]+(\S(?:.*\S)?)\s*$/;
export const addressKeywordLine = /^\s*(TO|INFO|XMT)(?=[\s/]|$)[ \t/]*/;
/** `INFO LOG-00 NP-00 …` office-symbol distribution (printout block), not addressees. */
export const officeSymbols = /^[A-Z0-9]+-\d\d(?:\s|$)/;
/** `INFO LOG-00 NP-00 …`: the office symbols of a printout, above the header proper. */
export const officeSymbolsInfoLine = /^\s*INFO\s+[A-Z0-9]+-\d\d/;
export const officeSymbolsLine = /^\s*[A-Z0-9]+-\d\d(?:\s+[A-Z0-9]+-\d\d)*(?:\s+\/\d+W)?\s*$|^\s*\/\d+W\s*$/;
/** `TO PAGE 02 STATE 015113 182333Z` page noise inside address lists. */
export const addressPageNoise = /^PAGE\s+\d{2}\s/;
export const btLine = /^\s*BT\s*$/;
export const nnnnLine = /^\s*NNNN\s*$/;
/** A printout's classification line with its tape number (`UNCLASSIFIED     PTQ8342`), at the top of each section. */
export const printoutClassificationLine = /^\s*(?:UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)\s+PTQ\d+\s*$/;
/** `header:` in a database record dump (`id: 2446`, `date:`, `refid:`, …) that repeats the header. */
export const recordDumpHeaderLine = /^\s*header:\s*$/;
export const partialExtractNote = /^\s*"?This record is a partial extract of the original cable/i;
export const printoutLine =
  /^\s*(?:PAGE\s+\d{2}\s+\S|ACTION\s+[A-Z0-9]+-\d\d\b|-{6,}[A-F0-9]+\s+\d{6}Z|Distribution:\s*$|TED\d+\s*$)/;
export const wrapperLine =
  // `.*\bFrom\b.*Inbox` stays outside the `\s*` and stops at the first `From`: linear on long lines.
  /^(?:\s*(?:null\s*$|Cable Text:|TELEGRAM\b|CX[A-Z]+:|ACTION:|DISSEMINATION:|APPROVED:|DRAFTED:|CLEARED:|ID:\s|ORIGIN:|DATE:|SOURCE:|CLASSIFICATION:|MISC:|DESTINATION:|>)|(?:(?!\bFrom\b).)*\bFrom\b.*Inbox)/;
/** A media-partner date line `Friday, 23 February 2001, 15:53` before the banner. */
export const partnerDateLine = /^\s*[A-Z][a-z]+day,\s+\d{1,2}\s+[A-Z][a-z]+\s+(\d{4}),\s+\d{2}:\d{2}\s*$/;
export const cableDatedPrefix = /^\s*Cable dated:\s*(\d{4})-\d{2}-\d{2}T[\d:]+/;

// ---- Body ----
/** The classification word(s) of a banner, case-insensitive, letter-spaced or not. */
const bannerWord =
  '(?<cls>(?:C\\s?){0,2}O\\s?N\\s?F\\s?I\\s?D\\s?E\\s?N\\s?T\\s?I\\s?A\\s?L|T\\s?O\\s?P\\s+S\\s?E\\s?C\\s?R\\s?E\\s?T|(?:(?:[CS]\\s?)?S\\s?)?E\\s?C\\s?R\\s?E\\s?T|(?:U?U)?NCLAS(?:SIFIED)?(?:\\s+E\\s?F\\s?T\\s?O)?|LIMITED\\s+OFFICIAL\\s+USE)';
/** Banner: classification, optional `SECTION nn OF mm`, station and serial, optional caption tail. */
export const bannerLine = new RegExp(
  `^[\\s",.>]*(?:\\d+(?=[A-Z]))?${bannerWord}(?:\\s+SECTION\\s*(?<sec>\\d{1,2})\\s+OF\\s+(?<secs>\\d{1,2}))?\\s*(?<stn>[A-Z][A-Z .'-]{0,40}?)\\s+(?<serial>\\d{3,8})(?!\\d)`,
  'i',
);
/** A bare classification word on its own line (`CONFIDENTIAL`), as in printout footers. */
export const classificationOnlyLine = /^\s*(?:UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE|TOP SECRET)\s*$/;

/**
 * Keywords of the caption block; searched anywhere in a line (glued lines are common). Where a
 * rendering lost its line ends, a keyword may be glued to the word before it
 * (`…001352SIPDISE.O. 12958: DECL: 05/21/2015TAGS: PREL`, `…IRANREF:`, `…VISIT TO
 * CAIROClassified By:`): the dotted `E.O.`, `SUBJECT:` and `REF:` need no word boundary before
 * them, `TAGS:` none after a digit, and `Classified By:` none when it has its colon and does not
 * end DECLASSIFIED or UNCLASSIFIED (not `MISCLASSIFIED BY THE MINISTRY`, `DECLASSIFIED BY: NARA`). The undotted `EO 1…` keeps it: `VIDEO 1998` is no E.O. A dotted E.O.
 * may have a zero for its O (`E.0. 12958`, 01VATICAN1261). The glued forms look behind only
 * after their words matched: a look-behind in front runs at every letter, three times slower.
 */
export const captionKeywords =
  /(?<eo>(?:\b(?:E\.?\s?O\.?|EO)|E\.[O0]\.)\s?1\d{3,4}\b)|(?<tags>(?:^\s*|\s)(?:TAGS?|TAGES|TABS|TAS|TGS|AGS)(?:\s*[:;,]|\s+(?=[A-Za-z[]))|\bTAGS:|TAGS:(?<=\dTAGS:))|(?<subject>^\s*S?UBJ(?:ECT)?\s*:|SUBJECT:)|(?<ref>^\s*(?:PROGRAM\s+)?(?:REF(?:S|TEL|TELS)?|REF\(S\))\s*(?:[:.]|\s(?=[A-Z0-9(]))|REF:)|(?<classified>\bCLASSIFIED\s+BY\b|CLASSIFIED\s+BY(?=\s*:)(?<=[A-Z0-9]CLASSIFIED\s+BY)(?<!(?:DE|UN)CLASSIFIED\s+BY))/gi;

export const tagsPrefixWellFormed = /^TAGS\s*[:;,]?$/i;
/**
 * A line that goes on with a REF list after a blank line: the next item (`¶B.`, `(C)`, `d)`,
 * `05 STATE 1234`), the wrapped end of the last one (`36633`, `Reykjavik 431`), or a wrapped
 * end followed by the next item (`OF 10/6 D) STATE 215870`). Callers keep it to short lines.
 */
export const refItemStart =
  /^\s*(?:¶?\(?[A-Za-z][.):]\)?(?:\s|(?=[A-Z0-9]))|(?:\d{2}|\d{4})\s+[A-Za-z]+(?:\s[A-Za-z]+){0,3}\s+\d|(?:[A-Za-z]+(?:\s[A-Za-z]+){0,3}\s+)?#?\d{1,7}\s*(?:[.,;]\s*)?$|.{0,40}?\s\(?[A-Z][.)]\)?\s*(?:\d{2}(?:\d{2})?\s+)?[A-Z]{2,}(?:\s[A-Z]{2,}){0,3}\s+\d)/;
/**
 * Words that, alone or in runs, make a caption line (`SIPDIS`, `NOFORN SIPDIS`). Every word is
 * one alternative and none is made of others, and a dash is one character, so a line has one way
 * to match: linear time (`-+` inside the repeated group took exponential time on a run of dashes
 * ending in another character).
 */
export const captionLine =
  /^\s*(?:(?:SIPDIS|AIDAC|NOFORN|ENTIRE|TEXT|SENSITIVE|EXDIS|NODIS|LIMDIS|STADIS|NOTAL|NOT|INTERNET|DISTRIBUTION|OUTSIDE|USG|SBU|BUT|UNCLASSIFIED|DELIBERATIVE|PROCESS|HANDLE|PLEASE|PROTECT|TREAT|ACCORDINGLY|FOR|OFFICIAL|USE|ONLY|RELEASABLE TO .*|C\s?O\s?R\s?R\s?E\s?C\s?T\s?E\s?D\s+C\s?O\s?P\s?Y.*|-)[ \t,.;]*)+$/i;
/** `STATE FOR WHA TOM SHANNON`, `ROME PLEASE PASS TO FODAG`: at most three words (an office) before FOR or PASS; prose is longer. */
export const passingLine = /^(?:[A-Z][A-Z0-9/.&'():;,-]*(?:\s+[A-Z0-9/.&'():;,-]+){0,2}\s+)?(?:ALSO\s+)?(?:FOR|PASS(?:\s+TO)?|PLEASE PASS(?:\s+TO)?)\b/;

/** A caption-block keyword opening a line: a line that can only be in a body, never in a header. */
export const captionAtLineStart = /^\s*(?:E\.?\s?O\.?|EO)\s?1\d{3,4}\b|^\s*TAGS\s*[:;,]?\s|^\s*SUBJ(?:ECT)?\s*:|^\s*CLASSIFIED\s+BY\b|^\s*SIPDIS\s*$/i;

/** `¶1. (C)`, `1. (C)`, `¶ 1.`, `[¶](#par1)1.`, `1.(C)`. */
// No `d` flag: it makes each of the thousands of matches several times dearer, and the number
// starts where group 1 (the indentation) ends.
export const paragraphStart = /^([ \t]*)((?:\[?¶\]?(?:\(#par\d+\))?\s?)?(\d{1,3})\s?\.)(?=\s|\(|$)[ \t]*/;
/** A parenthesised token after a paragraph number. */
export const parenthesised = /^\(([^()\n]{1,25})\)/;
/** A portion mark whose opening parenthesis was lost: `C) Content`. */
export const openParenLost = /^((?:U|SBU|C|S|TS)(?:\/{1,2}[A-Z]+)*)\)\s/;

/** Modern page-break marker, searched anywhere in a line: `TASHKENT 00000578 002.2 OF 003` (or `001.11 OF 003`). */
export const pageMarkerTail = /(\d{8})\s+(\d{3})(?:\.\d{1,2})?\s+(?:OF|of)\s+(\d{3})(?!\d)/g;
/** The station before a marker: up to three capitalised words (embedded markers follow prose). */
export const pageMarkerStation = /((?:[A-Z][A-Za-z.'-]*\s){0,2}[A-Z][A-Za-z.'-]*)\s+$/;
/** Old printout page header: `PAGE 02        HARARE  06677  01 OF 03  291400Z`. */
export const oldPageHeader = /^\s*PAGE\s+(\d{2,3})\s+([A-Z][A-Z .'-]{0,20}?)\s+(\d{4,6})\s+(?:(\d{2})\s+OF\s+(\d{2})\s+)?\d{6}Z/d;

/** Quoted or repeated text of another cable: its banner and page markers are not this cable's. */
export const quoteStart = /^\s*(?:QUOTE|BEGIN TEXT|BEGIN QUOTE)\b/i;
export const quoteEnd = /\b(?:UNQUOTE|END TEXT|END QUOTE)\b/i;
/**
 * A rule line: `-------`, a rule broken by the 45-column wrap (`--------------------------------------------- ------`,
 * single spaces only, so table column underlines stay out) or a spaced one (`- - - -`).
 */
export const dashRule = /^\s*(?:[-=_‐–—*]{3,}(?: [-=_‐–—*]+)*|-(?:[ \t]-){2,})\s*$/;
/**
 * `--- Title ---`. The opening rule is taken whole and the title may only end before the closing
 * rule (not inside a run of dashes or spaces), so long runs cost linear time, not quadratic.
 */
export const dashWrappedHeading = /^\s*[-=]{3,}(?![-=])\s*(\S.*?)(?:(?<=[^-=\s])|(?<=[-=])(?=\s))\s*[-=]{3,}\s*$/d;
export const summaryStart = /^(?:BEGIN\s+)?SUMM?A?R?Y\b(?!\s+OF\b)/i;
/** `End summary.` / `END COMMENT`, anywhere in a line; one scan finds both kinds. */
export const blockEnd = /\bEND\s+(?:OF\s+)?(SUMMARY|COMMENT)\b/gi;
export const blockEndOnce = /\bEND\s+(?:OF\s+)?(?:SUMMARY|COMMENT)\b/i;
export const commentStart = /^(?:BEGIN\s+)?COMMENT\b/i;
export const signatureLine = /^\s*([A-Z][A-Za-z'’-]+(?:[ -][A-Z][A-Za-z'’-]+){0,2}|[a-z][a-z'’-]+)\s*\.?\s*$/;
/** Lines after the text: `NNNN` (also clipped to `NNN`), `#`, footers, declassification and record notes. */
export const trailerLine =
  /^\s*(?:[Nn]{3,4}|#+|\.|>|=+\s*CABLE ENDS\s*=+|UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE|Declassified\/Released.*|NOTE:.*|NOTE BY OC\/T.*|\d{4}[A-Z]+\d+\s+-.*|(?:>\s*)?\d{4}[A-Z]+\d+ - Classification:.*|\.\.\.)\s*$/;

// ---- First characters ----
// The characters each anchored line pattern can start with, after white space. Most lines
// start otherwise, so testing the first non-blank character first (`leadCode`) spares a regex
// run on them. A unit test checks every gate against its pattern on real and random lines.

/**
 * A finer test a line must pass for a pattern to match, given where its first non-blank
 * character is: a few character reads that rule out most lines the first character lets through.
 */
export type LineRefinement = (text: string, indent: number) => boolean;

/** A set of first characters (UTF-16 codes), with a table for the first 256. */
export class LeadSet {
  private readonly table = new Uint8Array(256);
  private readonly wide: number[] = [];

  constructor(characters: Iterable<number>) {
    for (const code of characters) {
      if (code < 256) this.table[code] = 1;
      else if (!this.wide.includes(code)) this.wide.push(code);
    }
  }

  /** The characters any of `sets` holds. */
  static union(sets: readonly LeadSet[]): LeadSet {
    return new LeadSet(sets.flatMap((set) => set.codes()));
  }

  /** Whether the set holds `code` (NaN or negative, as for a blank line: never). */
  has(code: number): boolean {
    return code >= 0 && code < 256 ? this.table[code] === 1 : this.wide.includes(code);
  }

  private codes(): number[] {
    const codes = [...this.wide];
    this.table.forEach((member, code) => member && codes.push(code));
    return codes;
  }
}

/** A line pattern behind a gate on the line's first non-blank character (and, if given, a refinement). */
export class LinePattern {
  /** The characters a matching line may start with, after white space. */
  readonly leads: LeadSet;

  constructor(readonly regex: RegExp, initials: string, private readonly refinement?: LineRefinement) {
    this.leads = new LeadSet([...initials].map((character) => character.charCodeAt(0)));
  }

  /** Whether a line whose first non-blank character is `code` (NaN or negative: a blank line) can match. */
  mayStart(code: number): boolean {
    return this.leads.has(code);
  }

  /** Whether `text`, whose first non-blank character is `lead`, passes the gate and the refinement. */
  mayMatch(text: string, lead: number): boolean {
    return this.mayStart(lead) && (this.refinement === undefined || this.refinement(text, indentOf(text)));
  }

  test(text: string, lead = leadCode(text)): boolean {
    return this.mayMatch(text, lead) && this.regex.test(text);
  }

  exec(text: string, lead = leadCode(text)): RegExpExecArray | null {
    return this.mayMatch(text, lead) ? this.regex.exec(text) : null;
  }
}

/** Whether `text` holds `word` (in small letters) at `at`, in any case of ASCII letters. */
export function hasLettersAt(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(at + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/** `count` digits from `at`. */
function digitsAt(text: string, at: number, count: number): boolean {
  for (let k = 0; k < count; k++) if (!isDigitCode(text.charCodeAt(at + k))) return false;
  return true;
}

/** The classification words on a line of their own are at most 20 characters (`LIMITED OFFICIAL USE`). */
const classificationWordLength = 20;
const shortLine: LineRefinement = (text, indent) => trimmedLength(text) - indent <= classificationWordLength;

/** A refinement on the character after the first: `seconds` maps each first character to the one that must follow it. */
function secondCharacter(seconds: Readonly<Record<string, string>>): LineRefinement {
  const table = new Map(Object.entries(seconds).map(([first, second]) => [first.charCodeAt(0), second.charCodeAt(0)]));
  return (text, indent) => text.charCodeAt(indent + 1) === table.get(text.charCodeAt(indent));
}

/** The second letter of the word (UNCLASSIFIED, CONFIDENTIAL, SECRET, LIMITED, TOP) that starts with the first. */
const classificationSecondLetter = secondCharacter({ U: 'N', C: 'O', S: 'E', L: 'I', T: 'O' });

/** Refinements, each implied by its pattern (a unit test checks them on real and random lines). */
const refinements = {
  /** Only a classification word: short, and its second letter fits. */
  classificationOnlyLine: (text, indent) => shortLine(text, indent) && classificationSecondLetter(text, indent),
  /** The second character of the alternative (`PAGE`, `ACTION`, `------`, `Distribution:`, `TED`) that starts with the first. */
  printoutLine: secondCharacter({ P: 'A', A: 'C', '-': '-', D: 'i', T: 'E' }),
  /** `"` or `This`, in any case. */
  partialExtractNote: (text, indent) => text.charCodeAt(indent) === 0x22 /* " */ || (text.charCodeAt(indent + 1) | 0x20) === 0x68 /* h */,
  /** `LOG-00 NP-00 …` or `/12W`: address lines (`RUEHC/SECSTATE WASHDC`) start with capitals too, but hold no dash. */
  officeSymbolsLine: (text, indent) => text.charCodeAt(indent) === 0x2f /* / */ || text.includes('-', indent),
  /** A DTG opens with six digits and Z, or with a precedence letter and a blank. */
  dtgLine: (text, indent) => {
    const lead = text.charCodeAt(indent);
    if (isDigitCode(lead)) return digitsAt(text, indent, 6) && text.charCodeAt(indent + 6) === 0x5a; /* Z */
    const next = text.charCodeAt(indent + 1);
    return next === 0x20 || next === 0x09;
  },
  /** A line of trailer: the short ones are only a classification word or `NNNN`; a record line opens with four digits and a capital. */
  trailerLine: (text, indent) => {
    const lead = text.charCodeAt(indent);
    if (isDigitCode(lead)) return digitsAt(text, indent, 4) && isCapitalCode(text.charCodeAt(indent + 4));
    if (lead === 0x55 || lead === 0x43 || lead === 0x53 || lead === 0x4c) return shortLine(text, indent); /* U C S L */
    return true;
  },
  oldPageHeader: (text, indent) => text.startsWith('PAGE', indent),
  printoutClassificationLine: (text, indent) => text.includes('PTQ', indent),
  quoteStart: (text, indent) => hasLettersAt(text, indent, 'quote') || hasLettersAt(text, indent, 'begin'),
  summaryStart: (text, indent) => hasLettersAt(text, indent, 'sum') || hasLettersAt(text, indent, 'begin'),
  commentStart: (text, indent) => hasLettersAt(text, indent, 'comment') || hasLettersAt(text, indent, 'begin'),
} satisfies Record<string, LineRefinement>;

const digits = '0123456789';
export const capitals = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const gated = {
  vzczcLine: new LinePattern(vzczcLine, 'V'),
  deLine: new LinePattern(deLine, 'D'),
  dtgLine: new LinePattern(dtgLine, `${digits}ZOPR`, refinements.dtgLine),
  fmLine: new LinePattern(fmLine, 'F'),
  partialExtractNote: new LinePattern(partialExtractNote, '"Tt', refinements.partialExtractNote),
  bannerLine: new LinePattern(bannerLine, `",.>${digits}CcOoTtSsEeUuNnLl`),
  cableDatedPrefix: new LinePattern(cableDatedPrefix, 'C'),
  classificationOnlyLine: new LinePattern(classificationOnlyLine, 'UCSLT', refinements.classificationOnlyLine),
  printoutClassificationLine: new LinePattern(printoutClassificationLine, 'UCSL', refinements.printoutClassificationLine),
  trailerLine: new LinePattern(trailerLine, `Nn#.>=UCSLD${digits}`, refinements.trailerLine),
  paragraphStart: new LinePattern(paragraphStart, `${digits}¶[`),
  captionAtLineStart: new LinePattern(captionAtLineStart, 'EeTtSsCc'),
  oldPageHeader: new LinePattern(oldPageHeader, 'P', refinements.oldPageHeader),
  quoteStart: new LinePattern(quoteStart, 'QqBb', refinements.quoteStart),
  dashRule: new LinePattern(dashRule, '-=_‐–—*'),
  printoutLine: new LinePattern(printoutLine, 'PA-DT', refinements.printoutLine),
  summaryStart: new LinePattern(summaryStart, 'BbSs', refinements.summaryStart),
  commentStart: new LinePattern(commentStart, 'BbCc', refinements.commentStart),
  officeSymbolsLine: new LinePattern(officeSymbolsLine, `${capitals}${digits}/`, refinements.officeSymbolsLine),
  officeSymbolsInfoLine: new LinePattern(officeSymbolsInfoLine, 'I'),
};

/**
 * The first three letters a banner's classification word may start with, in small letters:
 * CONFIDENTIAL, clipped (`ONFIDENTIAL`) or with one or two letters doubled (`CCONFIDENTIAL`),
 * TOP SECRET, SECRET (also `CSECRET`, `SSECRET`, clipped `E C R E T`), UNCLAS (also `UUNCLAS`,
 * clipped `NCLAS`), LIMITED, and the `Cable dated:` prefix that may stand before a banner.
 */
const bannerPrefixes: ReadonlySet<number> = new Set(['con', 'onf', 'cco', 'top', 'sec', 'cse', 'sse', 'ecr', 'unc', 'uun', 'ncl', 'lim', 'cab'].map((prefix) => [...prefix].reduce((key, letter) => key * 256 + letter.charCodeAt(0), 0)));

/**
 * A finer gate for `bannerLine` (and `Cable dated:` before it) on a line whose first non-blank
 * character is at `indent`: prose that merely starts with C, S or T is ruled out by its first
 * three letters (one white space may stand between letters, as in letter-spaced banners), a
 * paragraph number by the dot after it.
 */
export function bannerMayStart(text: string, indent: number): boolean {
  const lead = text.charCodeAt(indent);
  if (!gated.bannerLine.mayStart(lead)) return false;
  // `\d+(?=[A-Z])`: digits glued to the classification word.
  if (lead >= 0x30 && lead <= 0x39) {
    let at = indent + 1;
    while (at < text.length && text.charCodeAt(at) >= 0x30 && text.charCodeAt(at) <= 0x39) at++;
    return isAsciiLetterCode(text.charCodeAt(at));
  }
  if (!isAsciiLetterCode(lead)) return true;
  // The three letters in small letters as one number, base 256: no string built per line.
  let prefix = lead | 0x20;
  for (let at = indent + 1, letters = 1; letters < 3; at++, letters++) {
    let code = text.charCodeAt(at);
    if (isSpaceCode(code)) code = text.charCodeAt(++at);
    if (!isAsciiLetterCode(code)) return false;
    prefix = prefix * 256 + (code | 0x20);
  }
  return bannerPrefixes.has(prefix);
}
