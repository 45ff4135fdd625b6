// Mentions of REF items in the text of a cable: `REF A`, `(ref b)`, `REFS A and B`, `REFTEL`,
// `reftels`. A mention with letters points at the items with those letters; one without
// (`reftel`) points at the whole list.
import type { Cable, Reference, Token } from '../parser/model';
import { containsRange } from './ranges';

export interface RefMention {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  keyword: Token;
  /** The letters named, each with where it is written (`B` of `A-C` is the range `A-C`). */
  letters: Token[];
}

const keywordPattern = /\bREF(?:TEL)?S?\b/gi;
/** The first letter after the keyword: `REF A`, `REF (A)`, `(ref a)`. */
const firstLetter = /^[ \t]*\(?([A-Za-z])\)?(?![A-Za-z0-9'’])/;
/** A further letter: `, B`, ` and B`, `/B`, `-C` (a span). */
const nextLetter = /^[ \t]*(,|\/|&|-|–|and|or)[ \t]*\(?([A-Za-z])\)?(?![A-Za-z0-9'’])/i;

function letterToken(line: number, at: number, text: string): Token {
  return { text, range: { start: { line, character: at }, end: { line, character: at + text.length } } };
}

/** A lower-case letter only counts where nothing but punctuation follows (`(ref a)`, not `ref a meeting`). */
function letterCounts(letter: string, after: string): boolean {
  return letter !== letter.toLowerCase() || /^\)?\s*(?:[),.;:]|and\b|$)/i.test(after);
}

/** The mentions on one line of text. */
export function mentionsInLine(text: string, line: number): RefMention[] {
  const mentions: RefMention[] = [];
  for (const m of text.matchAll(keywordPattern)) {
    const keyword = letterToken(line, m.index!, m[0]);
    const letters: Token[] = [];
    let at = m.index! + m[0].length;
    const first = firstLetter.exec(text.slice(at));
    if (first && letterCounts(first[1], text.slice(at + first[0].length))) {
      const letterAt = at + first[0].indexOf(first[1]);
      letters.push(letterToken(line, letterAt, first[1].toUpperCase()));
      at += first[0].length;
      for (let next = nextLetter.exec(text.slice(at)); next; next = nextLetter.exec(text.slice(at))) {
        if (!letterCounts(next[2], text.slice(at + next[0].length))) break;
        const letterAt = at + next[0].lastIndexOf(next[2]);
        const letter = next[2].toUpperCase();
        const previous = letters[letters.length - 1];
        if (/^[-–]$/.test(next[1]) && letter > previous.text) {
          // `A-C`: the letters between are written as the span itself.
          const span = { start: previous.range.start, end: { line, character: letterAt + 1 } };
          for (let c = previous.text.charCodeAt(0) + 1; c < letter.charCodeAt(0); c++) letters.push({ text: String.fromCharCode(c), range: span });
        }
        letters.push(letterToken(line, letterAt, letter));
        at += next[0].length;
      }
    }
    const end = letters.length ? letters[letters.length - 1].range.end : keyword.range.end;
    mentions.push({ range: { start: keyword.range.start, end }, keyword, letters });
  }
  return mentions;
}

/** The mentions in the text of a cable, outside its REF list. */
export function findRefMentions(cable: Cable, lines: readonly string[], first = cable.range.start.line, last = cable.range.end.line): RefMention[] {
  const from = Math.max(first, cable.range.start.line);
  const to = Math.min(last, cable.range.end.line, lines.length - 1);
  const mentions: RefMention[] = [];
  for (let line = from; line <= to; line++) {
    for (const mention of mentionsInLine(lines[line], line)) {
      if (cable.references && containsRange(cable.references.range, mention.keyword.range)) continue;
      mentions.push(mention);
    }
  }
  return mentions;
}

/** The items a mention points at: by letter, or the whole list for a mention without letters. */
export function mentionTargets(cable: Cable, mention: RefMention, letter?: Token): Reference[] {
  const items = cable.references?.items ?? [];
  if (mention.letters.length === 0) return items;
  const wanted = letter ? [letter] : mention.letters;
  return items.filter((item) => item.letter && wanted.some((w) => w.text === item.letter!.text.toUpperCase()));
}
