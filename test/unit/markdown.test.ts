// The hover Markdown helpers: cable text must come out as literal text, never as a link, a
// command, HTML, an entity, a theme icon, a code fence break-out or a new block.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { code, escapeMarkdown, joinMarkdown, md, Markdown, bullets } from '../../server/src/features/markdown';

const hostile = [
  '[x](command:workbench.action.terminal.new)',
  '<img src=x onerror=alert(1)>',
  '`code` and ``double`` and ```fence```',
  '$(terminal) $(zap)',
  '&lt; &amp; &#60;',
  '**bold** _em_ ~~strike~~',
  '# heading',
  '> quote',
  '1. list',
  '- bullet',
  '![img](http://x/y.png)',
  '<http://evil.example>',
  'www.evil.example and mail@evil.example',
  '[ref]: command:workbench.action.terminal.new',
  'line one\nline two\r\n===',
  'back\\slash \\[not a link\\](x)',
  '| a | b |',
];

/** Undoes CommonMark backslash escapes: what a renderer shows for escaped text. */
const unescape = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('escapeMarkdown', () => {
  test('every ASCII punctuation character is backslash-escaped', () => {
    for (const text of hostile) {
      const escaped = escapeMarkdown(text);
      // No punctuation character is left without its backslash.
      assert.doesNotMatch(escaped.replace(/\\[!-/:-@[-`{-~]/g, ''), /[!-/:-@[-`{-~]/, text);
    }
  });
  test('renders back to the original text on one line', () => {
    for (const text of hostile) assert.equal(unescape(escapeMarkdown(text)), text.replace(/\r\n|[\r\n]/g, ' '));
  });
  test('no link, HTML tag, entity or theme icon survives', () => {
    const escaped = escapeMarkdown(hostile.join(' '));
    assert.doesNotMatch(escaped, /\]\(/);
    assert.doesNotMatch(escaped, /(?<!\\)</);
    assert.doesNotMatch(escaped, /(?<!\\)&/);
    assert.doesNotMatch(escaped, /(?<!\\)\$\(/);
    assert.doesNotMatch(escaped, /(?<!\\)`/);
    assert.doesNotMatch(escaped, /\n/);
  });
  test('control characters are dropped and line breaks become spaces', () => {
    assert.equal(escapeMarkdown('a\u0000b\u001bc\u2028d\fe'), 'abc d e');
  });
});

describe('code spans', () => {
  test('the fence is longer than any backtick run inside', () => {
    const span = code('a ``` b ` c').value;
    assert.ok(span.startsWith('````') && span.endsWith('````'), span);
    assert.ok(!span.slice(4, -4).includes('````'));
  });
  test('a leading or trailing backtick is padded away from the fence', () => {
    assert.equal(code('`x`').value, '`` `x` ``');
  });
  test('hostile text stays inside the span on one line', () => {
    for (const text of hostile) {
      const span = code(text).value;
      const fence = /^`+/.exec(span)![0];
      assert.ok(span.endsWith(fence));
      assert.ok(!span.slice(fence.length, -fence.length).includes(fence), text);
      assert.doesNotMatch(span, /[\r\n]/);
    }
  });
  test('blank text gives nothing rather than an empty span', () => {
    assert.equal(code('  ').value, '');
  });
});

describe('md template', () => {
  test('escapes interpolated strings and keeps Markdown values', () => {
    const value = md`**Title** ${'[x](command:y)'} ${code('<b>')} ${42}`.value;
    assert.equal(value, '**Title** \\[x\\]\\(command\\:y\\) `<b>` 42');
  });
  test('joinMarkdown and bullets escape plain strings too', () => {
    assert.equal(joinMarkdown([new Markdown('**a**'), '*b*']).value, '**a**\n\n\\*b\\*');
    assert.equal(bullets(['<x>', md`y`]).value, '- \\<x\\>\n- y');
  });
});
