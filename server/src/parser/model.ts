// The located cable model. Pure data: no `vscode` or LSP imports, so the parser can be
// used by the language server, the CLI and tests alike. Positions are 0-based
// line/character (UTF-16 code units), as in LSP.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A piece of source text with its range. */
export interface Token {
  text: string;
  range: Range;
}

/** Classification levels in ascending order of sensitivity. */
export type Level = 'UNCLASSIFIED' | 'LIMITED OFFICIAL USE' | 'CONFIDENTIAL' | 'SECRET' | 'TOP SECRET';

/** Precedence words, most urgent first. */
export type PrecedenceWord = 'FLASH' | 'NIACT IMMEDIATE' | 'IMMEDIATE' | 'PRIORITY' | 'ROUTINE';

/**
 * How the transmission header is laid out (format-notes 2.9). Only `acp127` and `acp126`
 * headers are held to the format-line checks.
 */
export type HeaderShape = 'acp127' | 'acp126' | 'partial' | 'printout' | 'wrapped' | 'none';

/** `VZCZCXYZ0000` */
export interface TransmissionId extends Token {
  wellFormed: boolean;
}

/** `RR RUEHWEB` plus continuation lines of routing indicators. */
export interface PrecedenceDigraph {
  range: Range;
  digraph: Token;
  routingIndicators: Token[];
}

/** `DE RUEHNT #0578/01 1420839` */
export interface DeLine {
  range: Range;
  keyword: Token;
  /** False when the line starts with DE but does not have the expected shape. */
  wellFormed: boolean;
  station?: Token;
  /** The four digits after `#`. */
  serial?: Token;
  part?: Token;
  /** The `DDDHHMM` group. */
  julian?: Token;
  julianDay?: number;
  hour?: number;
  minute?: number;
}

/** `ZNY CCCCC ZZH` */
export interface SecurityLine {
  range: Range;
  prosign: Token;
  group?: Token;
  /** Level of a valid five-letter group; undefined when the group is invalid. */
  level?: Level;
  /** True for the `EEEEE` group (unclassified, encrypt for transmission only). */
  efto: boolean;
}

/** A date-time group `210839Z MAY 08`, possibly with precedence letters in front. */
export interface Dtg {
  range: Range;
  /** The `DDHHMMZ MON YY` part alone. */
  groupRange: Range;
  /** Precedence prosign letters (`R`, or `O R` for action/info). */
  precedences: Token[];
  day: number;
  hour: number;
  minute: number;
  dayToken: Token;
  timeToken: Token;
  monthToken: Token;
  yearToken: Token;
  /** 1-12, or undefined for an unknown month. */
  month?: number;
  /** Four-digit year (two-digit years pivot at 1960). */
  year: number;
}

export type AddressKind = 'TO' | 'INFO' | 'XMT';

/** One addressee on a TO / INFO / XMT line or its continuation lines. */
export interface Address {
  kind: AddressKind;
  range: Range;
  keyword?: Token;
  routingIndicator?: Token;
  name: Token;
  /** Precedence word as written (may be misspelt). */
  precedence?: Token;
  /** The word it was read as, when it is a known word or a recognisable misspelling. */
  precedenceWord?: PrecedenceWord;
  misspeltPrecedence: boolean;
  /** Message continuity number (`9681`, or a range `3806-3812`). */
  mcn?: Token;
}

export interface Header {
  shape: HeaderShape;
  range: Range;
  transmissionId?: TransmissionId;
  precedenceDigraph?: PrecedenceDigraph;
  de?: DeLine;
  security?: SecurityLine;
  dtg?: Dtg;
  from?: Token;
  /** Any FM lines after the first. */
  extraFrom: Token[];
  to: Address[];
  info: Address[];
  xmt: Address[];
}

/** `C O N F I D E N T I A L SECTION 01 OF 02 TASHKENT 000578` */
export interface Banner {
  range: Range;
  level: Level;
  /** The classification word(s) as written. */
  levelToken: Token;
  efto: boolean;
  lowercase: boolean;
  /** A doubled or missing letter in the spaced word (`SS E C R E T`). */
  garbled: boolean;
  section?: Token;
  sectionCount?: Token;
  sectionNumber?: number;
  sectionTotal?: number;
  station?: Token;
  serial?: Token;
}

export type CaptionKind = 'caption' | 'passing';

export interface Caption extends Token {
  kind: CaptionKind;
}

export type DeclKind = 'date' | 'na' | 'exempt' | 'oadr' | 'other' | 'none';

/** `E.O. 12958: DECL: 05/21/2018` */
export interface EoLine {
  range: Range;
  keyword: Token;
  order?: Token;
  instruction?: Token;
  declKind: DeclKind;
  /** The DECL date when it reads as one. */
  declDate?: { year: number; month: number; day: number };
  /** Text after DECL that looks like a date but cannot be read as one. */
  badDate?: Token;
}

export interface TagsLine {
  range: Range;
  prefix: Token;
  /** Prefix written as `TAGS` (any case, with or without colon). */
  prefixWellFormed: boolean;
  tags: Token[];
}

export interface PortionMark {
  range: Range;
  text: string;
  /** The level token's level, or undefined for an unknown level token. */
  level?: Level;
  /** True when the mark fits the portion-marking grammar. */
  wellFormed: boolean;
}

export interface Subject {
  range: Range;
  keyword: Token;
  text: string;
  textRange?: Range;
  portionMark?: PortionMark;
}

export interface Reference {
  range: Range;
  letter?: Token;
  text: string;
  /** Canonical ID of a referenced cable when the item names one (`08TASHKENT123`). */
  cableId?: string;
  /** Where the item names that cable (`08 TASHKENT 123`), without enumerator or notes. */
  cableIdRange?: Range;
}

export interface References {
  range: Range;
  keyword: Token;
  items: Reference[];
}

/** `Classified By: … for reasons 1.4 (B,D)` */
export interface ClassifiedBy {
  range: Range;
  keyword: Token;
  who?: string;
  section?: Token;
  letters: Token[];
}

export interface Paragraph {
  /** The whole paragraph, up to the line before the next paragraph or heading. */
  range: Range;
  /** The number as written (`¶1.`, `13.`). */
  numberToken: Token;
  /** The paragraph number as read (3 for a garbled `13.`). */
  number: number;
  /** The number written on the line (13 for a garbled `13.`). */
  writtenNumber: number;
  /** A lost pilcrow came back as the digit 1 (`13.` stands for `¶3.`). */
  garbledPilcrow: boolean;
  portionMark?: PortionMark;
  /** Text after number and mark on the first line. */
  firstLineText: string;
  /** Index into `Cable.headings` of the heading above the paragraph. */
  heading?: number;
}

export interface Heading extends Token {
  /** Range including an underline row of dashes, if any. */
  fullRange: Range;
}

export type BlockKind = 'summary' | 'comment';

export interface Block {
  kind: BlockKind;
  range: Range;
  start: Token;
  end?: Token;
}

/** `JERUSALEM 00001498 002 OF 002` or `PAGE 02 HARARE 06677 01 OF 03 291400Z` */
export interface PageMarker {
  range: Range;
  station: Token;
  serial: Token;
  page: number;
  pages: number;
}

export interface Cable {
  range: Range;
  /** Canonical cable ID (`08TASHKENT578`), when header and banner give enough. */
  id?: string;
  header: Header;
  banner?: Banner;
  /** Banners repeated inside the body (older multi-section cables). */
  repeatedBanners: Banner[];
  captions: Caption[];
  eo?: EoLine;
  tags?: TagsLine;
  subject?: Subject;
  references?: References;
  classifiedBy?: ClassifiedBy;
  paragraphs: Paragraph[];
  headings: Heading[];
  blocks: Block[];
  pageMarkers: PageMarker[];
  signature?: Token;
  /** The level the cable is classified at: banner first, else the security line. */
  level?: Level;
}

export interface CableFile {
  cables: Cable[];
  lineCount: number;
}
