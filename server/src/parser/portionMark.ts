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
  const first = text.charCodeAt(0);
  // Both patterns are anchored: a text that starts with neither `(` nor a level letter is no mark.
  if (first !== 0x28 /* ( */ && !mayStartLostMark(first)) return undefined;
  const paren = first === 0x28 ? parenthesised.exec(text) : null;
  if (paren) {
    const inner = paren[1];
    if (wellFormedMark.test(inner)) return parenthesisedMark(paren[0], inner, line, character, true);
    const trimmed = inner.trim();
    if (markAttempt.test(trimmed)) {
      const word = firstWord(trimmed);
      if (word.length <= 3 || portionLevel.has(word)) return parenthesisedMark(paren[0], inner, line, character, false);
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
  // Most marks are the level token alone (`C`, `SBU`): one lookup, no trimmed or upper-cased copy.
  return portionLevel.get(inner) ?? portionLevel.get(firstWord(inner.trim()).toUpperCase());
}

/** The first letters of openParenLost's levels: U, S, C and T. */
function mayStartLostMark(code: number): boolean {
  return code === 0x55 /* U */ || code === 0x53 /* S */ || code === 0x43 /* C */ || code === 0x54 /* T */;
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
