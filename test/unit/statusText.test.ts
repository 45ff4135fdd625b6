// The classification status item's text (client/src/statusText.ts).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeCables } from '../../client/src/statusText';
import type { CableSummary } from '../../server/src/protocol';

describe('describeCables', () => {
  test('one cable: classification and ID', () => {
    assert.equal(describeCables([{ id: '08TASHKENT578', classification: 'CONFIDENTIAL' }]).text, 'CONFIDENTIAL · 08TASHKENT578');
  });

  test('missing facts are said to be unknown', () => {
    assert.equal(describeCables([{}]).text, 'Classification unknown · ID unknown');
    assert.equal(describeCables([]).text, 'No cable header');
  });

  test('several cables: the highest classification and the count; IDs in the detail', () => {
    const status = describeCables([
      { id: '08STATE1', classification: 'UNCLASSIFIED' },
      { id: '08STATE2', classification: 'SECRET' },
      { classification: 'CONFIDENTIAL' },
    ]);
    assert.equal(status.text, 'SECRET · 3 cables');
    assert.match(status.detail, /08STATE1, 08STATE2, \?/);
  });

  test('text from the cable cannot inject icons or other markup', () => {
    const hostile = { id: '08$(zap)X1', classification: '$(alert) SECRET' } as unknown as CableSummary;
    const status = describeCables([hostile]);
    assert.equal(status.text, 'Classification unknown · ID unknown');
    assert.doesNotMatch(status.detail + status.text, /\$\(/);
  });
});
