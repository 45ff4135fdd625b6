// Timing helpers shared by the performance tests and scripts/bench-grammar.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import { corpusDir, TokenizedLine } from './tokenize';

const LENGTH = 20_000;

/** The hostile lines named in the grammar requirements: 20,000 characters each. */
export const ADVERSARIAL_LINES: Record<string, string> = {
  'open parentheses': '('.repeat(LENGTH),
  digits: '9'.repeat(LENGTH),
  spaces: ' '.repeat(LENGTH),
  pilcrows: '¶'.repeat(LENGTH),
  'unterminated (S//NF': '(S//NF' + 'x'.repeat(LENGTH),
  'unterminated (S//NF then spaces': '(S//NF' + ' '.repeat(LENGTH),
  'repeated [PGOV](': '[PGOV]('.repeat(LENGTH / 7),
};

/** Long but ordinary lines, and a line made of thousands of portion-marked paragraph starts. */
export const STRESS_PREFIXES = ['', 'TAGS: ', '¶1. '];
export const STRESS_LINES: Record<string, string> = {
  'mixed-case prose': 'The minister said the Summary of the (C) item was ready. '.repeat(LENGTH / 56),
  'upper-case prose': 'THE MINISTER SAID THE ENDING OF THE (C) ITEM WAS READY. '.repeat(LENGTH / 56),
  'paragraph starts': '¶1. (C) '.repeat(LENGTH / 8),
};

/** Line beginnings that put the payload in another rule's hands, and the lines that open a multi-line region first. */
export const PREFIXES = ['', 'TAGS: ', 'SUBJECT: ', '¶1. ', 'FM ', 'E.O. 12958: DECL: ', 'Classified By: ', 'C O N F I D E N T I A L '];
export const CONTEXTS: Record<string, string[]> = {
  'top level': [],
  'address block': ['FM AMEMBASSY TASHKENT'],
  subject: ['SUBJECT: IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN'],
};

export interface TimedCase {
  readonly name: string;
  readonly milliseconds: number;
  readonly tokens: number;
}

/**
 * Best time of `runs` tokenizations of `line` after the lines of `context`. The minimum is what the patterns
 * cost; anything above it is the machine being busy (catastrophic backtracking would slow every run).
 */
export function timeLine(grammar: vsctm.IGrammar, context: readonly string[], line: string, runs = 3): { milliseconds: number; tokens: number } {
  let state: vsctm.StateStack = vsctm.INITIAL;
  for (const previous of context) state = grammar.tokenizeLine(previous, state).ruleStack;
  const times: number[] = [];
  let tokens = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    tokens = grammar.tokenizeLine(line, state).tokens.length;
    times.push(performance.now() - start);
  }
  return { milliseconds: Math.min(...times), tokens };
}

/** Every payload × prefix × context, timed; the first pass only warms up the scanners. */
export function timeAll(grammar: vsctm.IGrammar, payloads: Record<string, string>, prefixes: readonly string[] = PREFIXES): TimedCase[] {
  const cases: Array<{ name: string; context: string[]; line: string }> = [];
  for (const [contextName, context] of Object.entries(CONTEXTS)) {
    for (const [payloadName, payload] of Object.entries(payloads)) {
      for (const prefix of prefixes) cases.push({ name: `${payloadName} after ${JSON.stringify(prefix)} (${contextName})`, context, line: prefix + payload });
    }
  }
  for (const c of cases) timeLine(grammar, c.context, c.line, 1);
  return cases.map((c) => ({ name: c.name, ...timeLine(grammar, c.context, c.line) }));
}

export interface CorpusTiming {
  readonly files: number;
  readonly lines: number;
  readonly milliseconds: number;
  readonly slowest: { readonly file: string; readonly line: number; readonly length: number; readonly milliseconds: number };
  /** Lines after which a region was still open although the line was blank (should be none). */
  readonly unclosedAtBlankLine: string[];
}

/** Tokenizes every cable of the corpus as the editor would, line by line, carrying the state; `onFile` sees each result. */
export function tokenizeCorpus(grammar: vsctm.IGrammar, onFile?: (file: string, lines: TokenizedLine[]) => void): CorpusTiming {
  const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
  let lines = 0;
  let slowest = { file: '', line: 0, length: 0, milliseconds: 0 };
  const unclosedAtBlankLine: string[] = [];
  const start = performance.now();
  for (const file of files) {
    let state: vsctm.StateStack = vsctm.INITIAL;
    const tokenized: TokenizedLine[] = [];
    readFileSync(path.join(corpusDir, file), 'utf8').split(/\r?\n/).forEach((text, index) => {
      const lineStart = performance.now();
      const result = grammar.tokenizeLine(text, state);
      const milliseconds = performance.now() - lineStart;
      state = result.ruleStack;
      tokenized.push({ text, tokens: result.tokens });
      lines++;
      if (milliseconds > slowest.milliseconds) slowest = { file, line: index + 1, length: text.length, milliseconds };
      if (text.trim() === '' && state.depth !== 1) unclosedAtBlankLine.push(`${file}:${index + 1}`);
    });
    onFile?.(file, tokenized);
  }
  return { files: files.length, lines, milliseconds: performance.now() - start, slowest, unclosedAtBlankLine };
}
