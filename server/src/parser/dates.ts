// Calendar arithmetic for date-time groups, Julian days and DECL dates.

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const monthLengths: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  const index = month - 1;
  return index === 1 && isLeapYear(year) ? 29 : (monthLengths[index] ?? 0);
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** 1-based day of the year. */
export function dayOfYear(year: number, month: number, day: number): number {
  let total = day;
  for (let m = 1; m < month; m++) total += daysInMonth(year, m);
  return total;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Two-digit years in the cables run from 1966 to 2010. */
export function expandYear(twoDigits: number): number {
  return twoDigits >= 60 ? 1900 + twoDigits : 2000 + twoDigits;
}

export const monthNames = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] as const;

/** Month number 1-12 for a three-letter month (any case), or undefined. */
export function monthNumber(name: string): number | undefined {
  const i = monthNames.indexOf(name.toUpperCase() as (typeof monthNames)[number]);
  return i < 0 ? undefined : i + 1;
}

/** The date of day `julianDay` of `year`, as [month, day]. */
export function fromDayOfYear(year: number, julianDay: number): [number, number] {
  let rest = julianDay;
  for (let m = 1; m <= 12; m++) {
    const days = daysInMonth(year, m);
    if (rest <= days) return [m, rest];
    rest -= days;
  }
  return [12, 31];
}
