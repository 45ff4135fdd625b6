// Lookups derived from the format tables (data/format-tables.json).
import data from '../data/format-tables.json';
import type { Level, PrecedenceWord } from './model';

export const tables = data;

/** Rank of each level, for "above the banner" comparisons. */
export const levelRank: Record<Level, number> = {
  UNCLASSIFIED: 0,
  'LIMITED OFFICIAL USE': 0.5,
  CONFIDENTIAL: 1,
  SECRET: 2,
  'TOP SECRET': 3,
};

/** Precedence rank: 1 is the most urgent. */
export const precedenceRank: Record<PrecedenceWord, number> = {
  FLASH: 1,
  'NIACT IMMEDIATE': 2,
  IMMEDIATE: 3,
  PRIORITY: 4,
  ROUTINE: 5,
};

/** Prosign letter (DTG, digraph) → precedence word. */
export const prosignPrecedence: Record<string, PrecedenceWord> = {
  Z: 'FLASH',
  O: 'IMMEDIATE',
  P: 'PRIORITY',
  R: 'ROUTINE',
};

/** Security-line group letter → level. */
export const securityGroupLevel: Record<string, Level> = {
  U: 'UNCLASSIFIED',
  E: 'UNCLASSIFIED',
  C: 'CONFIDENTIAL',
  S: 'SECRET',
  T: 'TOP SECRET',
};

/**
 * Portion-mark level tokens → level. A Map: the tokens looked up are cut from the text, and an
 * object looked up with such a new string first has to find it among the interned ones.
 */
export const portionLevel: ReadonlyMap<string, Level> = new Map([
  ['U', 'UNCLASSIFIED'],
  ['SBU', 'UNCLASSIFIED'],
  ['LOU', 'LIMITED OFFICIAL USE'],
  ['C', 'CONFIDENTIAL'],
  ['CONFIDENTIAL', 'CONFIDENTIAL'],
  ['S', 'SECRET'],
  ['SECRET', 'SECRET'],
  ['TS', 'TOP SECRET'],
]);

export const knownTags: ReadonlyMap<string, string> = new Map(Object.entries(data.tags));

export const routingIndicatorNames: ReadonlyMap<string, string> = new Map(Object.entries(data.routingIndicators));

export const knownExecutiveOrders: ReadonlySet<string> = new Set(Object.keys(data.executiveOrders));

/** The year each classification order took effect: the first year its description names (`1972-1978 (old cables: …)`, `from mid-2010; …`). */
export const executiveOrderSince: ReadonlyMap<string, number> = new Map(
  Object.entries(data.executiveOrders).map(([order, era]) => [order, Number(/\d{4}/.exec(era)?.[0])]),
);

/** Normalised FM / banner station names that do not follow the simple rule (SECSTATE WASHDC → STATE). */
export const idStationNormalisation: ReadonlyMap<string, string> = new Map(
  Object.entries(data.idStationNormalisation).filter(([name]) => name !== 'rule'),
);
