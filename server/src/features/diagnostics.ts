// Diagnostics: checks the cable model against the format's rules (see rules.ts). Each check
// reads one cable and reports findings; settings then pick severities and cap the count.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import type { Address, Banner, Cable, CableFile, Caption, Dtg, PortionMark, Range, Token } from '../parser/model';
import { dayOfYear, daysInMonth, daysInYear, fromDayOfYear, monthNames } from '../parser/dates';
import { executiveOrderSince, knownExecutiveOrders, knownTags, levelRank, precedenceRank, prosignPrecedence } from '../parser/tables';
import { stationOfBanner } from '../parser/cableId';
import { levelLetter } from './decode';
import type { CableSettings, RuleSeverity } from '../settings';
import { rules, type RuleCode } from './rules';
import { compareStarts } from './ranges';

export interface Finding {
  code: RuleCode;
  range: Range;
  message: string;
  related?: { range: Range; message: string }[];
}

type Report = (finding: Finding) => void;

/** Header shapes held to the format-line presence checks (format-notes 2.9). */
const formatLineShapes = new Set(['acp127', 'acp126']);

export function computeDiagnostics(file: CableFile, settings: CableSettings, uri = ''): Diagnostic[] {
  if (!settings.diagnostics.enable) return [];
  const diagnostics: Diagnostic[] = [];
  const max = settings.diagnostics.maxNumberOfProblems;
  for (const finding of findProblems(file)) {
    if (diagnostics.length >= max) break;
    const severity = severityOf(settings.diagnostics.rules[finding.code] ?? rules[finding.code].severity);
    if (severity === undefined) continue;
    const diagnostic: Diagnostic = { range: finding.range, severity, code: finding.code, source: 'cable', message: finding.message };
    if (finding.related?.length && uri) {
      diagnostic.relatedInformation = finding.related.map(
        (r): DiagnosticRelatedInformation => ({ location: { uri, range: r.range }, message: r.message }),
      );
    }
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}

function severityOf(severity: RuleSeverity): DiagnosticSeverity | undefined {
  switch (severity) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    case 'hint':
      return DiagnosticSeverity.Hint;
    default:
      return undefined;
  }
}

/** All findings of all cables, in document order. */
export function findProblems(file: CableFile): Finding[] {
  const findings: Finding[] = [];
  const report: Report = (f) => findings.push(f);
  for (const cable of file.cables) checkCable(cable, report);
  // Most files have no finding or one: sorting those would only cost a call.
  return findings.length > 1 ? findings.sort(compareStarts) : findings;
}

/**
 * Every check, in this order (findings at the same place keep it). Called one by one rather
 * than looped over from a list, so that each call site sees one function and can inline it.
 */
function checkCable(cable: Cable, report: Report): void {
  checkDtg(cable, report);
  checkDe(cable, report);
  checkPrecedence(cable, report);
  checkAddresses(cable, report);
  checkSecurityLine(cable, report);
  checkHeaderPresence(cable, report);
  checkBanner(cable, report);
  checkSerials(cable, report);
  checkPortionMarks(cable, report);
  checkCaptions(cable, report);
  checkCaptionBlock(cable, report);
  checkParagraphNumbers(cable, report);
}

const describeDtg = (dtg: Dtg) => `${dtg.dayToken.text}${dtg.timeToken.text}Z ${dtg.monthToken.text} ${dtg.yearToken.text}`;

function checkDtg({ header: { dtg } }: Cable, report: Report): void {
  if (!dtg) return;
  if (dtg.month === undefined) {
    report({ code: 'dtg-invalid', range: dtg.monthToken.range, message: `Unknown month '${dtg.monthToken.text}' in the date-time group; expected one of ${monthNames.join(', ')}.` });
  } else if (dtg.day < 1 || dtg.day > daysInMonth(dtg.year, dtg.month)) {
    report({ code: 'dtg-invalid', range: dtg.dayToken.range, message: `Day ${dtg.dayToken.text} does not exist in ${monthNames[dtg.month - 1]} ${dtg.year}; it has ${daysInMonth(dtg.year, dtg.month)} days.` });
  }
  if (dtg.hour > 23 || dtg.minute > 59) {
    report({ code: 'dtg-invalid', range: dtg.timeToken.range, message: `Time ${dtg.timeToken.text}Z is not a time of day; expected HHMM with hours 00-23 and minutes 00-59.` });
  }
}

/** Whether the DTG is a real date and time (comparisons with it only make sense then). */
function validDtg(dtg: Dtg | undefined): dtg is Dtg & { month: number } {
  return !!dtg && dtg.month !== undefined && dtg.day >= 1 && dtg.day <= daysInMonth(dtg.year, dtg.month) && dtg.hour <= 23 && dtg.minute <= 59;
}

function checkDe({ header: { de, dtg } }: Cable, report: Report): void {
  if (!de) return;
  if (!de.wellFormed) {
    report({ code: 'de-malformed', range: de.range, message: 'The DE line does not read as `DE <routing indicator> #NNNN[/NN] DDDHHMM` (station, four-digit serial, optional part, Julian day and time).' });
    return;
  }
  const { julian, julianDay = 0, hour = 0, minute = 0 } = de;
  const dated = validDtg(dtg) ? dtg : undefined;
  const year = dated?.year;
  if (julianDay < 1 || julianDay > 366 || (year !== undefined && julianDay > daysInYear(year))) {
    report({ code: 'de-invalid-time', range: julian!.range, message: `Julian day ${julian!.text.slice(0, 3)} does not exist${year ? ` in ${year}` : ''}; expected 001-${year ? daysInYear(year) : 366}.` });
    return;
  }
  if (hour > 23 || minute > 59) {
    report({ code: 'de-invalid-time', range: julian!.range, message: `Time ${julian!.text.slice(3)} in the DE line is not a time of day; expected HHMM with hours 00-23 and minutes 00-59.` });
    return;
  }
  if (!dated) return;
  const dtgDay = dayOfYear(dated.year, dated.month, dated.day);
  let delta = (julianDay - dtgDay) * 1440 + (hour * 60 + minute) - (dated.hour * 60 + dated.minute);
  // A DE in early January for a DTG in late December belongs to the next year, and the reverse.
  if (delta < -180 * 1440) delta += daysInYear(dated.year) * 1440;
  if (delta > 180 * 1440) delta -= daysInYear(dated.year - 1) * 1440;
  if (delta < -15) {
    report({ code: 'de-before-dtg', range: julian!.range, message: `The DE line says the cable went out on day ${julianDay} (${describeDay(dated.year, julianDay)}) at ${julian!.text.slice(3)}Z, before its date-time group ${describeDtg(dated)}.`, related: dtgRelated(dated) });
  } else if (delta >= 1440) {
    report({ code: 'de-rerun', range: julian!.range, message: `The DE line is ${Math.floor(delta / 1440)} day(s) after the date-time group (day ${julianDay} = ${describeDay(dated.year, julianDay)}): the cable was re-transmitted.`, related: dtgRelated(dated) });
  }
}

/** `21 MAY` for day 142 of 2008. */
function describeDay(year: number, julianDay: number): string {
  const [month, day] = fromDayOfYear(year, julianDay);
  return `${day} ${monthNames[month - 1]}`;
}

const dtgRelated = (dtg: Dtg) => [{ range: dtg.groupRange, message: `date-time group ${describeDtg(dtg)}` }];

function checkPrecedence({ header }: Cable, report: Report): void {
  const digraph = header.precedenceDigraph?.digraph;
  const dtg = header.dtg;
  if (digraph) {
    const letter = digraph.text[0];
    if (digraph.text[1] !== letter || !prosignPrecedence[letter]) {
      report({ code: 'precedence-unknown', range: digraph.range, message: `Unknown precedence digraph '${digraph.text}'; expected ZZ (FLASH), OO (IMMEDIATE), PP (PRIORITY) or RR (ROUTINE).` });
    } else if (dtg?.precedences[0] && dtg.precedences[0].text !== letter) {
      const dtgLetter = dtg.precedences[0].text;
      report({
        code: 'precedence-mismatch',
        range: digraph.range,
        message: `The precedence digraph '${digraph.text}' (${prosignPrecedence[letter]}) disagrees with the date-time group's precedence '${dtgLetter}' (${prosignPrecedence[dtgLetter]}); expected '${dtgLetter}${dtgLetter}'.`,
        related: [{ range: dtg.precedences[0].range, message: `precedence ${dtgLetter} of the date-time group` }],
      });
    }
  }
  const action = dtg?.precedences[0];
  const info = dtg?.precedences[1];
  if (action && info && precedenceRank[prosignPrecedence[info.text]] < precedenceRank[prosignPrecedence[action.text]]) {
    report({ code: 'precedence-order', range: info.range, message: `The info precedence '${info.text}' outranks the action precedence '${action.text}'; the first letter should be the higher one.` });
  }
}

function checkAddresses({ header }: Cable, report: Report): void {
  const dtgPrecedence = header.dtg?.precedences[0];
  checkAddressList(header.to, dtgPrecedence, report);
  checkAddressList(header.info, dtgPrecedence, report);
  checkAddressList(header.xmt, dtgPrecedence, report);
}

function checkAddressList(addresses: Address[], dtgPrecedence: Token | undefined, report: Report): void {
  const dtgWord = dtgPrecedence ? prosignPrecedence[dtgPrecedence.text] : undefined;
  for (const address of addresses) {
    // Most addressees have no precedence word: reading it first skips them with one load.
    if (!address.precedenceWord || !address.precedence) continue;
    if (address.misspeltPrecedence) {
      report({ code: 'precedence-misspelt', range: address.precedence.range, message: `'${address.precedence.text}' reads as a misspelt precedence word; expected '${address.precedenceWord}'.` });
    }
    // NIACT IMMEDIATE travels as O in the DTG, so it only outranks FLASH-free DTGs below IMMEDIATE.
    const rank = Math.max(precedenceRank[address.precedenceWord], address.precedenceWord === 'NIACT IMMEDIATE' ? 3 : 0);
    if (dtgWord && dtgPrecedence && rank < precedenceRank[dtgWord]) {
      report({
        code: 'address-precedence-above-dtg',
        range: address.precedence.range,
        message: `Addressee precedence ${address.precedenceWord} is above the cable's precedence ${dtgWord} (${dtgPrecedence.text}).`,
        related: [{ range: dtgPrecedence.range, message: `precedence ${dtgPrecedence.text} of the date-time group` }],
      });
    }
  }
}

function checkSecurityLine({ header: { security } }: Cable, report: Report): void {
  if (!security) return;
  if (!security.group || security.level === undefined) {
    report({ code: 'security-group-invalid', range: security.group?.range ?? security.prosign.range, message: `The security line group '${security.group?.text ?? ''}' is not five identical letters; expected UUUUU, EEEEE, CCCCC, SSSSS or TTTTT.` });
    return;
  }
  const classified = security.level !== 'UNCLASSIFIED' || security.efto;
  const expected = classified ? 'ZNY' : 'ZNR';
  if (security.prosign.text !== expected) {
    report({ code: 'security-prosign-mismatch', range: security.prosign.range, message: `'${security.prosign.text} ${security.group.text}': ${security.group.text} traffic goes with ${expected}.` });
  }
}

function checkHeaderPresence({ header }: Cable, report: Report): void {
  if (header.extraFrom.length) {
    for (const extra of header.extraFrom) report({ code: 'from-repeated', range: extra.range, message: 'A second FM line; a cable has exactly one originator.', related: header.from ? [{ range: header.from.range, message: 'first FM line' }] : undefined });
  }
  const firstTo = header.to[0];
  // A partial extract may have lost its FM line: that is truncation, not a contradiction.
  if (firstTo && !header.from && header.shape !== 'partial') {
    report({ code: 'from-missing', range: firstTo.keyword?.range ?? firstTo.range, message: 'The header has TO addressees but no FM line naming the originator.' });
  }
  if (!formatLineShapes.has(header.shape)) return;
  if (!header.dtg && (header.from || firstTo)) {
    const at = header.from?.range ?? firstTo!.range;
    report({ code: 'dtg-missing', range: at, message: 'The header has FM/TO lines but no date-time group such as `R 210839Z MAY 08` before them.' });
  }
  if (header.from && header.to.length === 0 && header.info.length === 0) {
    report({ code: 'to-missing', range: header.from.range, message: 'The header names an originator (FM) but no TO addressees.' });
  }
}

function checkBanner(cable: Cable, report: Report): void {
  const { banner, header } = cable;
  if (!banner) {
    if (cable.paragraphs.length && header.shape !== 'partial' && header.shape !== 'wrapped') {
      report({ code: 'banner-missing', range: cable.paragraphs[0].numberToken.range, message: 'No classification banner (such as `C O N F I D E N T I A L TASHKENT 000578`) above the text.' });
    }
    return;
  }
  if (banner.garbled) {
    report({ code: 'banner-garbled', range: banner.levelToken.range, message: `The classification word '${banner.levelToken.text}' has a doubled or missing letter; read as ${banner.level}.` });
  }
  if (banner.lowercase) {
    report({ code: 'banner-lowercase', range: banner.levelToken.range, message: `The banner '${banner.levelToken.text}' is not in capitals (a media-partner rendering); read as ${banner.level}.` });
  }
  checkSectionNumber(banner, report);
  for (const repeated of cable.repeatedBanners) checkSectionNumber(repeated, report);
  for (const repeated of cable.repeatedBanners) {
    const sameStation = repeated.station && banner.station && stationOfBanner(repeated.station.text) === stationOfBanner(banner.station.text);
    const sameSerial = repeated.serial && banner.serial && Number(repeated.serial.text) === Number(banner.serial.text);
    if (!sameStation || !sameSerial) {
      report({
        code: 'banner-repeated-mismatch',
        range: { start: repeated.station?.range.start ?? repeated.range.start, end: repeated.range.end },
        message: `This section banner names ${repeated.station?.text} ${repeated.serial?.text}, but the cable's banner names ${banner.station?.text} ${banner.serial?.text}.`,
        related: [{ range: banner.range, message: 'first banner' }],
      });
    }
  }
  const security = header.security;
  if (security?.level !== undefined && security.group && security.level !== banner.level) {
    report({
      code: 'security-banner-mismatch',
      range: security.group.range,
      message: `The security line says ${security.level} (${security.group.text}) but the banner says ${banner.level}.`,
      related: [{ range: banner.levelToken.range, message: `banner: ${banner.level}` }],
    });
  }
}

function checkSectionNumber(b: Banner, report: Report): void {
  if (b.sectionNumber !== undefined && b.sectionTotal !== undefined && b.sectionNumber > b.sectionTotal) {
    report({ code: 'section-out-of-range', range: { start: b.section!.range.start, end: b.sectionCount!.range.end }, message: `SECTION ${b.section!.text} OF ${b.sectionCount!.text}: the section number is above the number of sections.` });
  }
}

function checkSerials(cable: Cable, report: Report): void {
  const { banner, header } = cable;
  const serial = banner?.serial;
  if (!banner || !serial) return;
  const bannerSerial = Number(serial.text);
  const de = header.de;
  if (de?.serial && Number(de.serial.text) !== bannerSerial % 10000) {
    report({
      code: 'serial-mismatch',
      range: serial.range,
      message: `The banner serial ${serial.text} disagrees with the DE line serial #${de.serial.text} (the DE line carries the serial modulo 10,000, here ${String(bannerSerial % 10000).padStart(4, '0')}).`,
      related: [{ range: de.serial.range, message: `DE serial #${de.serial.text}` }],
    });
  }
  if (!cable.pageMarkers.length) return;
  const station = banner.station ? stationOfBanner(banner.station.text) : undefined;
  // A station redacted by a media partner (XXXXXXXXXXXX) cannot be compared.
  const comparable = station && !/^X+$/.test(station);
  for (const marker of cable.pageMarkers) {
    if (Number(marker.serial.text) !== bannerSerial || (comparable && !sameStation(marker.station.text, station))) {
      report({
        code: 'page-marker-mismatch',
        range: marker.range,
        message: `The page marker names ${marker.station.text} ${marker.serial.text}, but the banner names ${banner.station?.text} ${serial.text}.`,
        related: [{ range: banner.range, message: 'banner' }],
      });
    }
  }
}

/** Page markers cut the station to 10 characters and print DUBAI for RPO DUBAI. */
function sameStation(markerText: string, bannerStation: string): boolean {
  const marker = markerText.replace(/[\s'.-]/g, '').toUpperCase();
  return marker.endsWith(bannerStation.slice(0, 10)) || bannerStation.endsWith(marker) || bannerStation.startsWith(marker);
}

// Each classification order brought markings of its own: portion marks came with E.O. 12065,
// the Classified By line with E.O. 12958; before, the E.O. caption carried the authority
// (`E.O. 12356: DECL: OADR`) and paragraph 1 might mark the whole text (`SECRET - ENTIRE TEXT.`).
const portionMarksSince = executiveOrderSince.get('12065')!;
/** In the corpus, 8 of the 9 classified cables under older orders have no Classified By line. */
const classifiedByLineSince = executiveOrderSince.get('12958')!;

/** Classified before `year`: under an older order by its E.O. line, or, without a known one, by its date. */
function classifiedBefore({ eo, header }: Cable, year: number): boolean {
  const since = (eo?.order ? executiveOrderSince.get(eo.order.text) : undefined) ?? header.dtg?.year;
  return since !== undefined && since < year;
}

/**
 * `CONFIDENTIAL - ENTIRE TEXT.`, `(C - ENTIRE TEXT)`: one marking for the whole text, in paragraph
 * 1 or a caption. A level comes first: prose may speak of "the entire text".
 */
const entireText = /(?:\b(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)|\((?:U|C|S|TS))\s*[-–—]*\s*ENTIRE\s+TEXT\b/i;

function marksEntireText({ paragraphs, captions }: Cable): boolean {
  return (paragraphs.length > 0 && entireText.test(paragraphs[0].firstLineText)) || captions.some((caption) => entireText.test(caption.text));
}

function checkPortionMarks(cable: Cable, report: Report): void {
  const banner = cable.banner;
  if (cable.subject?.portionMark) checkPortionMark(cable.subject.portionMark, banner, report);
  let paragraphMarks = false;
  for (const paragraph of cable.paragraphs) {
    if (!paragraph.portionMark) continue;
    paragraphMarks = true;
    checkPortionMark(paragraph.portionMark, banner, report);
  }
  const level = cable.level;
  if (level && levelRank[level] >= levelRank.CONFIDENTIAL && cable.paragraphs.length > 1 && !paragraphMarks && !marksEntireText(cable) && !classifiedBefore(cable, portionMarksSince)) {
    report({ code: 'portion-marks-missing', range: cable.paragraphs[0].numberToken.range, message: `This ${level} cable's numbered paragraphs carry no portion marks such as (${levelLetter(level)}).` });
  }
}

function checkPortionMark(mark: PortionMark, banner: Banner | undefined, report: Report): void {
  if (!mark.wellFormed && mark.level === undefined) {
    report({ code: 'portion-mark-unknown', range: mark.range, message: `'${mark.text}' does not read as a portion mark; expected a level U, SBU, C, S or TS, optionally with controls such as NF or REL.` });
  } else if (!mark.wellFormed) {
    report({ code: 'portion-mark-unknown', range: mark.range, message: `'${mark.text}' is a damaged portion mark; expected the form (${levelLetter(mark.level!)}) or (${levelLetter(mark.level!)}/NF).` });
  }
  // Most marks carry the banner's own level, which is not above itself: that needs no ranks.
  if (banner && mark.level !== undefined && mark.level !== banner.level && levelRank[mark.level] > levelRank[banner.level]) {
    report({
      code: 'portion-above-banner',
      range: mark.range,
      message: `Portion mark ${mark.text} (${mark.level}) is above the cable's classification ${banner.level}.`,
      related: [{ range: banner.levelToken.range, message: `banner: ${banner.level}` }],
    });
  }
}

const sipdisCaption = /\bSIPDIS\b/i;
const restrictedCaption = /\b(?:NODIS|EXDIS)\b/i;

function checkCaptions(cable: Cable, report: Report): void {
  // Few cables have a NODIS or EXDIS caption: SIPDIS is only looked for in those.
  const restricted = firstCaption(cable.captions, restrictedCaption);
  const sipdis = restricted && firstCaption(cable.captions, sipdisCaption);
  if (sipdis && restricted) {
    report({
      code: 'sipdis-with-nodis',
      range: sipdis.range,
      message: `SIPDIS must not be combined with ${/NODIS/i.test(restricted.text) ? 'NODIS' : 'EXDIS'}: SIPDIS cables are posted for SIPRNet readers.`,
      related: [{ range: restricted.range, message: 'restricted-distribution caption' }],
    });
  }
}

function firstCaption(captions: Caption[], pattern: RegExp): Caption | undefined {
  for (const caption of captions) if (pattern.test(caption.text)) return caption;
  return undefined;
}

function checkCaptionBlock(cable: Cable, report: Report): void {
  const { banner, eo, tags, subject, classifiedBy } = cable;
  // A cable without a banner or caption block (partial extracts, fragments) is not held to these.
  if (!banner) return;
  const anchor = banner.range;
  const classified = levelRank[banner.level] >= levelRank.CONFIDENTIAL;
  if (eo) {
    if (eo.order && !knownExecutiveOrders.has(eo.order.text)) {
      report({ code: 'eo-malformed', range: eo.order.range, message: `E.O. ${eo.order.text} is not a classification order; expected 12958 (or 11652, 12065, 12356, 13526 by era).` });
    }
    if (eo.declKind === 'na' && classified && eo.instruction) {
      report({ code: 'eo-malformed', range: eo.instruction.range, message: `A ${banner.level} cable needs a declassification instruction, not '${eo.instruction.text}'.` });
    }
    if (eo.badDate) {
      report({ code: 'decl-unreadable', range: eo.badDate.range, message: `The DECL date '${eo.badDate.text}' cannot be read as a date; expected MM/DD/YYYY or YYYY/MM/DD.` });
    }
  } else if (classified) {
    report({ code: 'eo-missing', range: anchor, message: `This ${banner.level} cable has no E.O. line (such as \`E.O. 12958: DECL: 05/21/2018\`).` });
  }
  if (!tags) {
    report({ code: 'tags-missing', range: anchor, message: 'The cable has no TAGS line; every cable carries at least one TAG.' });
  } else {
    if (!tags.prefixWellFormed) {
      report({ code: 'tags-prefix-malformed', range: tags.prefix.range, message: `'${tags.prefix.text}' reads as a misspelt TAGS keyword; expected 'TAGS:'.` });
    }
    for (const tag of tags.tags) {
      if (tagCode.test(tag.text) && !knownTags.has(tag.text)) {
        report({ code: 'tag-unknown', range: tag.range, message: `'${tag.text}' is not a known TAG.` });
      }
    }
  }
  if (!subject) {
    report({ code: 'subject-missing', range: anchor, message: 'The cable has no SUBJECT line.' });
  }
  if (classified && !classifiedBy && !classifiedBefore(cable, classifiedByLineSince)) {
    report({ code: 'classified-by-missing', range: anchor, message: `This ${banner.level} cable has no "Classified By" line naming the classifier and the reasons.` });
  }
  if (classifiedBy?.section) {
    const written = classifiedBy.section.text;
    // Nearly every section is written `1.4` or `1.5`, which needs no normalising.
    const section = written === '1.4' || written === '1.5' ? written : written.replace(/\s/g, '').replace(',', '.');
    const lastLetter = section === '1.4' ? 'h' : section === '1.5' ? 'g' : undefined;
    if (!lastLetter) {
      report({ code: 'reason-invalid', range: classifiedBy.section.range, message: `Reason section '${classifiedBy.section.text}' is not 1.4 (E.O. 12958 as amended) or 1.5 (E.O. 12958).` });
    } else {
      for (const letter of classifiedBy.letters) {
        if (letter.text.toLowerCase() > lastLetter) {
          report({ code: 'reason-invalid', range: letter.range, message: `Reason letter '${letter.text}' is out of range for section ${section}; expected a-${lastLetter}.` });
        }
      }
    }
  }
}

/** A TAG code: four capital letters (TAGS written otherwise, such as names, are not checked). */
const tagCode = /^[A-Z]{4}$/;

function checkParagraphNumbers(cable: Cable, report: Report): void {
  let previous: (typeof cable.paragraphs)[number] | undefined;
  for (const paragraph of cable.paragraphs) {
    if (paragraph.garbledPilcrow) {
      report({ code: 'pilcrow-garbled', range: paragraph.numberToken.range, message: `'${paragraph.numberToken.text}' reads as ¶${paragraph.number}.: the pilcrow was rendered as the digit 1.` });
    }
    if (previous) {
      if (paragraph.number === previous.number) {
        report({ code: 'paragraph-duplicate', range: paragraph.numberToken.range, message: `Paragraph ${paragraph.number} is numbered twice.`, related: [{ range: previous.numberToken.range, message: `first paragraph ${previous.number}` }] });
      } else if (paragraph.number > previous.number + 1) {
        const missing = paragraph.number === previous.number + 2 ? `${previous.number + 1}` : `${previous.number + 1}-${paragraph.number - 1}`;
        report({ code: 'paragraph-gap', range: paragraph.numberToken.range, message: `Paragraph numbering skips ${missing}: ${previous.number} is followed by ${paragraph.number}.` });
      }
    }
    previous = paragraph;
  }
}
