// The server's answer to the client's `cable/summary` request (server/src/protocol.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { parseCableFile } from '../../server/src/parser/parse';
import { summariseCableFile } from '../../server/src/protocol';

const corpusFolder = path.resolve(__dirname, '../../..', '../shared/corpus/cables');

describe('summariseCableFile', () => {
  test('the sample is one CONFIDENTIAL cable, 08TASHKENT578', () => {
    const text = readFileSync(path.join(corpusFolder, '08TASHKENT578.txt'), 'utf8');
    assert.deepEqual(summariseCableFile(parseCableFile(text)), { cables: [{ id: '08TASHKENT578', classification: 'CONFIDENTIAL' }] });
  });

  test('a file of two cables gives two entries in file order', () => {
    const sample = readFileSync(path.join(corpusFolder, '08TASHKENT578.txt'), 'utf8');
    const other = readFileSync(path.join(corpusFolder, '05NEWDELHI9761.txt'), 'utf8');
    const ids = summariseCableFile(parseCableFile(`${sample}\n\n${other}`)).cables.map((cable) => cable.id);
    assert.deepEqual(ids, ['08TASHKENT578', '05NEWDELHI9761']);
  });

  test('text without a cable header gives neither an ID nor a classification', () => {
    const { cables } = summariseCableFile(parseCableFile('just some notes\n'));
    assert.ok(cables.every((cable) => cable.id === undefined && cable.classification === undefined), JSON.stringify(cables));
  });
});
