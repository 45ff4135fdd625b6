// Inlay hints: decoded dates after the DTG and the DE Julian group, within the asked range;
// the setting that turns them on (off by default).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseCableFile } from '../../server/src/parser/parse';
import { inlayHints } from '../../server/src/features/inlayHints';
import { defaultSettings, normaliseSettings } from '../../server/src/settings';
import { cleanCable, edit } from '../support/fixtures';
import { positionOf } from '../support/editorFixtures';

const wholeFile = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

describe('inlay hints', () => {
  test('after the DTG group and after the DE Julian group', () => {
    const hints = inlayHints(parseCableFile(cleanCable), wholeFile);
    assert.deepEqual(hints.map((h) => [h.position, h.label, h.paddingLeft]), [
      [positionOf(cleanCable, '210839Z MAY 08', 14), '21 May 2008, 08:39 UTC', true],
      [positionOf(cleanCable, '1420839', 7), '21 May 2008, 08:39 UTC', true],
    ]);
  });
  test('a DE line sent later shows its own time', () => {
    const text = edit('1420839', '1430015');
    assert.equal(inlayHints(parseCableFile(text), wholeFile)[1].label, '22 May 2008, 00:15 UTC');
  });
  test('only hints in the range asked for', () => {
    const dtgLine = positionOf(cleanCable, 'R 210839Z').line;
    const hints = inlayHints(parseCableFile(cleanCable), { start: { line: dtgLine, character: 0 }, end: { line: dtgLine, character: 5 } });
    assert.deepEqual(hints.map((h) => h.position.line), [dtgLine]);
  });
  test('no hint for an impossible date', () => {
    const text = edit('210839Z MAY 08', '310839Z APR 08');
    assert.deepEqual(inlayHints(parseCableFile(text), wholeFile), []);
  });
});

describe('the inlay hint setting', () => {
  test('off by default', () => {
    assert.equal(defaultSettings.inlayHints.enable, false);
    assert.equal(normaliseSettings(undefined).inlayHints.enable, false);
  });
  test('turned on by cable.inlayHints.enable', () => {
    assert.equal(normaliseSettings({ inlayHints: { enable: true } }).inlayHints.enable, true);
  });
  test('invalid values fall back to off', () => {
    for (const inlayHints of [{ enable: 'yes' }, null, 3, { enable: 1 }]) {
      assert.equal(normaliseSettings({ inlayHints }).inlayHints.enable, false, JSON.stringify(inlayHints));
    }
  });
});
