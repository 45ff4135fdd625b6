// Portion marks: `(C)`, `(S//NF)`, `(SBU/REL NATO)`, typos such as `(SNF)`, and `C)` with a lost
// opening parenthesis. Text in parentheses that is not meant as a mark (`(U.S.)`, `(Iran)`) is not one.
import type { PortionMark } from './model';
import { portionLevel } from './tables';
import { openParenLost, parenthesised } from './patterns';
import { isSpaceCode, range } from './text';

const wellFormedMark =
  /^\s*(TS|SBU|LOU|CONFIDENTIAL|SECRET|U|C|S)\s*(?:(?:\/{1,2}|-|\s)\s*(?:NF|NOFORN|FGI|FOUO|N|ENTIRE TEXT|REL(?:\s+TO)?\s+[A-Z][A-Z ,]*))*\s*$/i;
const markAttempt = /^[A-Z][A-Z/ -]{0,24}$/;

/** Reads a portion mark at the start of `text`, which begins at `character` on `line`. */
export function readPortionMark(text: string, line: number, character: number): PortionMark | undefined {
  const paren = parenthesised.exec(text);
  if (paren) {
    const inner = paren[1];
    if (wellFormedMark.test(inner)) return parenthesisedMark(paren[0], inner, line, character, true);
    const trimmed = inner.trim();
    if (markAttempt.test(trimmed)) {
      const first = firstWord(trimmed);
      if (first.length <= 3 || first in portionLevel) return parenthesisedMark(paren[0], inner, line, character, false);
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

function parenthesisedMark(text: string, inner: string, line: number, character: number, wellFormed: boolean): PortionMark {
  return { range: range(line, character, line, character + text.length), text, level: levelOf(inner), wellFormed };
}

function levelOf(inner: string) {
  return portionLevel[firstWord(inner.trim()).toUpperCase()];
}

/** `text` up to its first slash, dash or white space (`S` of `S//NF`): `split(/[/\s-]+/)[0]` without the split. */
function firstWord(text: string): string {
  let end = 0;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code === 0x2f /* / */ || code === 0x2d /* - */ || isSpaceCode(code)) break;
    end++;
  }
  return text.slice(0, end);
}
