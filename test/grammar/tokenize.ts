// Loads the cable TextMate grammar the way VS Code does (package.json contributes.grammars ->
// vscode-textmate Registry backed by vscode-oniguruma) and offers helpers to ask which scopes
// a piece of a line received.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

/** The repository root: this file is compiled to out/test/grammar/, so three levels up. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const corpusDir = path.resolve(repoRoot, '../shared/corpus/cables');

interface GrammarContribution {
  language?: string;
  scopeName: string;
  path: string;
}

function grammarContributions(): GrammarContribution[] {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  return manifest.contributes?.grammars ?? [];
}

let grammarPromise: Promise<vsctm.IGrammar> | undefined;

/** The grammar contributed for the `cable` language, loaded once per process. */
export function loadCableGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = readFileSync(path.join(repoRoot, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const contributions = grammarContributions();
    const cable = contributions.find((g) => g.language === 'cable');
    if (!cable) throw new Error('package.json contributes no grammar for the "cable" language');
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName: string) => {
        const contribution = contributions.find((g) => g.scopeName === scopeName);
        if (!contribution) return null;
        const grammarPath = path.join(repoRoot, contribution.path);
        return vsctm.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath);
      },
    });
    const grammar = await registry.loadGrammar(cable.scopeName);
    if (!grammar) throw new Error(`grammar ${cable.scopeName} could not be loaded`);
    return grammar;
  })();
  return grammarPromise;
}

export interface TokenizedLine {
  readonly text: string;
  readonly tokens: readonly vsctm.IToken[];
}

/** Tokenizes a whole document line by line, carrying the rule stack like the editor does. */
export function tokenizeDocument(grammar: vsctm.IGrammar, text: string): TokenizedLine[] {
  let state: vsctm.StateStack = vsctm.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return { text: line, tokens: result.tokens };
  });
}

/** Tokenizes `lines`, a document given as one string per line. */
export function tokenizeLines(grammar: vsctm.IGrammar, lines: readonly string[]): TokenizedLine[] {
  return tokenizeDocument(grammar, lines.join('\n'));
}

/** The first line of the document that contains `fragment` (throws if there is none). */
export function lineContaining(doc: readonly TokenizedLine[], fragment: string): TokenizedLine {
  const line = doc.find((l) => l.text.includes(fragment));
  if (!line) throw new Error(`no line contains ${JSON.stringify(fragment)}`);
  return line;
}

/**
 * The scope lists of the tokens that cover `substring` (its `occurrence`-th appearance in the line),
 * leaving out tokens that are only whitespace.
 */
export function scopesOver(line: TokenizedLine, substring: string, occurrence = 0): string[][] {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = line.text.indexOf(substring, start + 1);
    if (start < 0) throw new Error(`${JSON.stringify(substring)} (occurrence ${occurrence}) not in line ${JSON.stringify(line.text)}`);
  }
  const end = start + substring.length;
  return line.tokens
    .filter((t) => t.startIndex < end && t.endIndex > start && line.text.slice(t.startIndex, t.endIndex).trim() !== '')
    .map((t) => t.scopes);
}

/** True when every non-blank token over `substring` carries a scope equal to `scope`. */
export function hasScope(line: TokenizedLine, substring: string, scope: string, occurrence = 0): boolean {
  const covering = scopesOver(line, substring, occurrence);
  return covering.length > 0 && covering.every((scopes) => scopes.includes(scope));
}

/** Readable dump of a line's tokens, for assertion messages. */
export function describeLine(line: TokenizedLine): string {
  const parts = line.tokens.map((t) => {
    const own = t.scopes.filter((s) => s !== 'text.cable');
    return `${JSON.stringify(line.text.slice(t.startIndex, t.endIndex))} → ${own.join(' ') || '(none)'}`;
  });
  return `${JSON.stringify(line.text)}\n    ${parts.join('\n    ')}`;
}

/** Every scope name used anywhere in the line. */
export function scopesInLine(line: TokenizedLine): Set<string> {
  return new Set(line.tokens.flatMap((t) => t.scopes));
}

/** Asserts that `substring` of the first line containing `lineFragment` is entirely scoped `scope`. */
export function assertScope(doc: readonly TokenizedLine[], lineFragment: string, substring: string, scope: string, occurrence = 0): void {
  const line = lineContaining(doc, lineFragment);
  assert.ok(hasScope(line, substring, scope, occurrence), `${JSON.stringify(substring)} should be ${scope}:\n  ${describeLine(line)}`);
}

/** `assertScope` for several [substring, scope] pairs of the same line. */
export function assertScopes(doc: readonly TokenizedLine[], lineFragment: string, expected: ReadonlyArray<readonly [string, string]>): void {
  for (const [substring, scope] of expected) assertScope(doc, lineFragment, substring, scope);
}

/** `assertScope` for several [lineFragment, substring, scope] triples. */
export function assertEach(doc: readonly TokenizedLine[], expected: ReadonlyArray<readonly [string, string, string]>): void {
  for (const [lineFragment, substring, scope] of expected) assertScope(doc, lineFragment, substring, scope);
}

/** Asserts that no token of the first line containing `lineFragment` has a scope starting with `scopePrefix`. */
export function assertLineLacks(doc: readonly TokenizedLine[], lineFragment: string, scopePrefix: string): void {
  const line = lineContaining(doc, lineFragment);
  const offending = [...scopesInLine(line)].filter((s) => s.startsWith(scopePrefix));
  assert.deepEqual(offending, [], `no ${scopePrefix}* expected:\n  ${describeLine(line)}`);
}

/** Reads a cable of the shared corpus by its ID. */
export function corpusCable(id: string): string {
  return readFileSync(path.join(corpusDir, `${id}.txt`), 'utf8');
}
