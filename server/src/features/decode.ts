// Readings of the coded parts of a cable in plain words: dates and times of the DTG and the
// DE line, precedence letters and words, portion marks, E.O. reasons and exemptions.
// Shared by hovers, inlay hints, completion and code actions.
import type { DeLine, Dtg, Level, PortionMark, PrecedenceWord } from '../parser/model';
import { daysInMonth, daysInYear } from '../parser/dates';
import { tables } from '../parser/tables';

const monthWords = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface Moment {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const two = (n: number) => String(n).padStart(2, '0');

/** `21 May 2008` */
export function formatDate({ year, month, day }: { year: number; month: number; day: number }): string {
  return `${day} ${monthWords[month - 1]} ${year}`;
}

/** `21 May 2008, 08:39 UTC` */
export function formatMoment(moment: Moment): string {
  return `${formatDate(moment)}, ${two(moment.hour)}:${two(moment.minute)} UTC`;
}

function isTimeOfDay(hour: number, minute: number): boolean {
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;
}

const epochMinutes = (m: Moment) => Date.UTC(m.year, m.month - 1, m.day, m.hour, m.minute) / 60000;

/** The DTG as a moment, when it is a real date and time. */
export function dtgMoment(dtg: Dtg): Moment | undefined {
  const { year, month, day, hour, minute } = dtg;
  if (month === undefined || day < 1 || day > daysInMonth(year, month) || !isTimeOfDay(hour, minute)) return undefined;
  return { year, month, day, hour, minute };
}

export interface DeMoment extends Moment {
  /** Minutes from the DTG to the DE time (negative: the DE time is earlier). */
  minutesAfterDtg: number;
}

/**
 * The DE line's Julian day and time as a moment. The year is the DTG's, or the year next to
 * it when that puts the DE time nearer the DTG (a DE on 1 January for a DTG on 31 December).
 */
export function deMoment(de: DeLine, dtg: Dtg | undefined): DeMoment | undefined {
  const { julianDay, hour, minute } = de;
  const released = dtg && dtgMoment(dtg);
  if (!released || julianDay === undefined || hour === undefined || minute === undefined || !isTimeOfDay(hour, minute)) return undefined;
  let best: DeMoment | undefined;
  for (const year of [released.year - 1, released.year, released.year + 1]) {
    if (julianDay < 1 || julianDay > daysInYear(year)) continue;
    const date = new Date(Date.UTC(year, 0, julianDay, hour, minute));
    const moment = { year, month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour, minute };
    const minutesAfterDtg = epochMinutes(moment) - epochMinutes(released);
    if (!best || Math.abs(minutesAfterDtg) < Math.abs(best.minutesAfterDtg)) best = { ...moment, minutesAfterDtg };
  }
  return best;
}

/** `4 minutes after`, `2 days 3 hours after`, `1 minute before`, `at the same minute as`. */
export function describeOffset(minutes: number): string {
  if (minutes === 0) return 'at the same minute as';
  const size = Math.abs(minutes);
  const days = Math.floor(size / 1440);
  const hours = Math.floor((size % 1440) / 60);
  const rest = size % 60;
  const unit = (n: number, word: string) => (n ? [`${n} ${word}${n === 1 ? '' : 's'}`] : []);
  const parts = days ? [...unit(days, 'day'), ...unit(hours, 'hour')] : [...unit(hours, 'hour'), ...unit(rest, 'minute')];
  return `${parts.join(' ')} ${minutes > 0 ? 'after' : 'before'}`;
}

export interface PrecedenceFacts {
  word: PrecedenceWord;
  prosign: string;
  rank: number;
  note?: string;
}

const addressWords: Record<string, { prosign: string; rank: number; note?: string }> = tables.precedence.addressWords;

export const precedenceWords = Object.keys(addressWords) as PrecedenceWord[];

export function precedenceFacts(word: PrecedenceWord): PrecedenceFacts {
  return { word, ...addressWords[word] };
}

/** The portion-mark letter of a level: (U), (LOU), (C), (S), (TS). */
export function levelLetter(level: Level): string {
  return { UNCLASSIFIED: 'U', 'LIMITED OFFICIAL USE': 'LOU', CONFIDENTIAL: 'C', SECRET: 'S', 'TOP SECRET': 'TS' }[level];
}

const controlWords: Record<string, string> = tables.portionMarkingGrammar.controlTokens;

/** The control markings of a portion mark after its level (`NF` in `(S//NF)`, `REL NATO`). */
export function portionControls(mark: PortionMark): string[] {
  const inner = mark.text.replace(/^\(|\)$/g, '').trim();
  const rest = inner.replace(/^(?:TS|SBU|LOU|CONFIDENTIAL|SECRET|U|C|S)(?![A-Z])/i, '');
  return rest.split(/\/{1,2}|-/).flatMap((part) => {
    const upper = part.trim().toUpperCase();
    if (!upper) return [];
    const rel = /^REL(?:\s+TO)?\s+(.+)$/.exec(upper);
    if (rel) return [`REL ${rel[1]}: ${controlWords.REL} (${rel[1]})`];
    if (upper === 'ENTIRE TEXT') return ['ENTIRE TEXT: the whole text is at this level'];
    return [controlWords[upper] ? `${upper}: ${controlWords[upper]}` : `${upper}: unknown control marking`];
  });
}

type ReasonTable = Record<string, string>;
const reasonTables = tables.eoReasons as unknown as Record<string, ReasonTable>;
const reasonTable = (prefix: string): ReasonTable => reasonTables[Object.keys(reasonTables).find((k) => k.startsWith(prefix))!];

/** Which order's list a `Classified By` reason refers to, with that list. */
export function reasonCategories(section: string, order: string | undefined): { source: string; letters: ReasonTable } | undefined {
  const key = section.replace(/\s/g, '').replace(',', '.');
  if (key === '1.5') return { source: 'E.O. 12958 (1995), section 1.5', letters: reasonTable('E.O. 12958 (signed') };
  if (key !== '1.4') return undefined;
  if (order === '13526') return { source: 'E.O. 13526, section 1.4', letters: reasonTable('E.O. 13526') };
  return { source: 'E.O. 12958 as amended by E.O. 13292 (2003), section 1.4', letters: reasonTable('E.O. 12958 as amended') };
}

/** E.O. 12958 section 1.6(d) exemptions X1..X8. */
export const exemptions: ReasonTable = reasonTable('E.O. 12958 section 1.6(d)');
