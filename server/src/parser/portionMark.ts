// Portion marks: `(C)`, `(S//NF)`, `(SBU/REL NATO)`, typos such as `(SNF)`, and `C)` with a lost
// opening parenthesis. Text in parentheses that is not meant as a mark (`(U.S.)`, `(Iran)`) is not one.
import type { PortionMark } from './model';
import { portionLevel } from './tables';
import { openParenLost, parenthesised } from './patterns';
import { range } from './text';

const wellFormedMark =
  /^\s*(TS|SBU|LOU|CONFIDENTIAL|SECRET|U|C|S)\s*(?:(?:\/{1,2}|-|\s)\s*(?:NF|NOFORN|FGI|FOUO|N|ENTIRE TEXT|REL(?:\s+TO)?\s+[A-Z][A-Z ,]*))*\s*$/i;
const markAttempt = /^[A-Z][A-Z/ -]{0,24}$/;

/** Reads a portion mark at the start of `text`, which begins at `character` on `line`. */
export function readPortionMark(text: string, line: number, character: number): PortionMark | undefined {
  const paren = parenthesised.exec(text);
  if (paren) {
    const inner = paren[1];
    const mark = (wellFormed: boolean, level = levelOf(inner)): PortionMark => ({
      range: range(line, character, line, character + paren[0].length),
      text: paren[0],
      level,
      wellFormed,
    });
    if (wellFormedMark.test(inner)) return mark(true);
    const trimmed = inner.trim();
    if (markAttempt.test(trimmed)) {
      const first = trimmed.split(/[/\s-]+/)[0];
      if (first.length <= 3 || first in portionLevel) return mark(false);
    }
    return undefined;
  }
  const lost = openParenLost.exec(text);
  if (lost) {
    const written = lost[0].trimEnd();
    return { range: range(line, character, line, character + written.length), text: written, level: levelOf(lost[1]), wellFormed: false };
  }
  return undefined;
}

function levelOf(inner: string) {
  const first = inner.trim().split(/[/\s-]+/)[0].toUpperCase();
  return portionLevel[first];
}
