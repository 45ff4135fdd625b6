// The grammar file itself: contributed the way VS Code expects, well-formed, scope names that follow
// TextMate conventions and all end in ".cable", regexes that Oniguruma compiles.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { loadCableGrammar, repoRoot } from './tokenize';

interface RawRule {
  name?: string;
  contentName?: string;
  match?: string;
  begin?: string;
  end?: string;
  while?: string;
  include?: string;
  patterns?: RawRule[];
  captures?: Record<string, RawRule>;
  beginCaptures?: Record<string, RawRule>;
  endCaptures?: Record<string, RawRule>;
  whileCaptures?: Record<string, RawRule>;
}

interface RawGrammar extends RawRule {
  scopeName: string;
  repository: Record<string, RawRule>;
}

const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const contribution = manifest.contributes.grammars.find((g: { language?: string }) => g.language === 'cable');
const grammarJson: RawGrammar = JSON.parse(readFileSync(path.join(repoRoot, contribution.path), 'utf8'));

/** Every rule object in the grammar, with a readable path for messages. */
function allRules(): Array<{ where: string; rule: RawRule }> {
  const out: Array<{ where: string; rule: RawRule }> = [];
  const visit = (rule: RawRule, where: string) => {
    out.push({ where, rule });
    rule.patterns?.forEach((p, i) => visit(p, `${where}.patterns[${i}]`));
    for (const key of ['captures', 'beginCaptures', 'endCaptures', 'whileCaptures'] as const) {
      for (const [n, c] of Object.entries(rule[key] ?? {})) visit(c, `${where}.${key}[${n}]`);
    }
  };
  // The root's own "name" is the display name of the grammar, not a scope.
  grammarJson.patterns?.forEach((p, i) => visit(p, `grammar.patterns[${i}]`));
  for (const [name, rule] of Object.entries(grammarJson.repository)) visit(rule, `#${name}`);
  return out;
}

const STANDARD_ROOTS = ['comment', 'constant', 'entity', 'invalid', 'keyword', 'markup', 'meta', 'punctuation', 'storage', 'string', 'support', 'variable'];

describe('grammar file', () => {
  test('package.json contributes it for the cable language under text.cable', async () => {
    assert.equal(contribution.scopeName, 'text.cable');
    assert.equal(grammarJson.scopeName, 'text.cable');
    const grammar = await loadCableGrammar();
    assert.ok(grammar, 'vscode-textmate loads the contributed grammar');
  });

  test('every scope name has a standard TextMate root and ends in .cable', () => {
    const names = allRules().flatMap(({ where, rule }) =>
      [rule.name, rule.contentName].filter((n): n is string => typeof n === 'string').map((n) => ({ where, n })),
    );
    assert.ok(names.length > 50, 'the grammar names its scopes');
    for (const { where, n } of names) {
      assert.match(n, /^[a-z]+(\.[a-z0-9-]+)+\.cable$/, `${where}: ${n}`);
      assert.ok(STANDARD_ROOTS.includes(n.split('.')[0]), `${where}: ${n} has a non-standard root`);
    }
  });

  test('every include points at an existing repository entry', () => {
    for (const { where, rule } of allRules()) {
      if (rule.include === undefined) continue;
      assert.match(rule.include, /^#/, `${where}: only local includes are used`);
      assert.ok(grammarJson.repository[rule.include.slice(1)], `${where}: ${rule.include} is missing`);
    }
  });

  test('every regex compiles with Oniguruma', async () => {
    await loadCableGrammar(); // loads the WASM
    let count = 0;
    for (const { where, rule } of allRules()) {
      for (const source of [rule.match, rule.begin, rule.end, rule.while]) {
        if (source === undefined) continue;
        count++;
        // vscode-oniguruma throws on a pattern it cannot compile.
        assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), `${where}: ${source}`);
      }
    }
    assert.ok(count > 40);
  });

  test('the paragraph regions share one while condition (it lists what ends a paragraph: keep the copies identical)', () => {
    const paragraphRules = Object.entries(grammarJson.repository).filter(([, rule]) => rule.while !== undefined && (rule.name ?? '').startsWith('meta.paragraph'));
    assert.ok(paragraphRules.length >= 4, paragraphRules.map(([name]) => name).join(', '));
    const conditions = new Set(paragraphRules.map(([, rule]) => rule.while));
    assert.equal(conditions.size, 1, `different while conditions in ${paragraphRules.map(([name]) => name).join(', ')}`);
  });

  test('no bounded repeat is followed by "+" (in Oniguruma that nests a quantifier instead of being possessive)', () => {
    for (const { where, rule } of allRules()) {
      for (const source of [rule.match, rule.begin, rule.end, rule.while]) {
        if (source === undefined) continue;
        assert.doesNotMatch(source, /\{\d+,?\d*\}\+/, `${where}: ${source}`);
      }
    }
  });
});
