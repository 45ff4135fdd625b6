// The workspace index parses only the header and caption block of a cable file. Over the
// whole corpus, that must give the same ID, subject, tags, DTG and originator as parsing the
// whole file, also when the file is read only up to a size limit.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Cable } from '../../server/src/parser/model';
import { parseCableFile } from '../../server/src/parser/parse';
import { readCableFields, readCableFieldsFromBytes } from '../../server/src/workspace/cableHead';
import { corpusDir } from '../support/fixtures';

const cablesDir = path.join(corpusDir, 'cables');
const files = fs.readdirSync(cablesDir).filter((name) => name.endsWith('.txt'));

/** What the index should hold for a cable, from a parse of the whole file. */
function expected(cable: Cable) {
  return {
    id: cable.id,
    subject: cable.subject?.text.replace(/\s+/g, ' ').trim() || undefined,
    tags: cable.tags?.tags.map((tag) => tag.text) ?? [],
    origin: cable.header.from?.text,
    year: cable.header.dtg?.year,
  };
}

function actual(fields: ReturnType<typeof readCableFields>[number]) {
  return { id: fields.id, subject: fields.subject, tags: [...fields.tags], origin: fields.origin, year: fields.dtg ? Number(fields.dtg.slice(0, 4)) : undefined };
}

test('every corpus file: the head-only read, of text or of bytes, gives the fields of a full parse', () => {
  assert.ok(files.length > 1000, `corpus at ${cablesDir}`);
  const differences: string[] = [];
  for (const name of files) {
    const text = fs.readFileSync(path.join(cablesDir, name), 'utf8');
    const full = parseCableFile(text).cables.filter((cable) => cable.id !== undefined || cable.subject !== undefined).map(expected);
    const head = readCableFields(name, text).map(actual);
    if (JSON.stringify(full) !== JSON.stringify(head)) differences.push(`${name}: ${JSON.stringify(full)} vs ${JSON.stringify(head)}`);
    // What the indexer reads: bytes, decoded only as far as needed.
    const fromBytes = readCableFieldsFromBytes(name, Buffer.from(text)).map(actual);
    if (JSON.stringify(full) !== JSON.stringify(fromBytes)) differences.push(`${name} from bytes: ${JSON.stringify(full)} vs ${JSON.stringify(fromBytes)}`);
  }
  assert.deepEqual(differences, []);
});

test('files read only up to 16 KB keep the ID of the full parse', () => {
  const limit = 16 * 1024;
  const large = files.map((name) => ({ name, text: fs.readFileSync(path.join(cablesDir, name), 'utf8') })).filter(({ text }) => Buffer.byteLength(text) > limit);
  assert.ok(large.length > 50, 'the corpus has cables longer than the limit');
  const differences: string[] = [];
  for (const { name, text } of large) {
    // What the indexer does: a byte limit, then the text cut at the last line end.
    const bytes = Buffer.from(text).subarray(0, limit);
    const truncated = bytes.subarray(0, bytes.lastIndexOf(10) + 1);
    const fullIds = parseCableFile(text).cables.map((cable) => cable.id).filter(Boolean);
    const truncatedIds = readCableFieldsFromBytes(name, truncated).map((fields) => fields.id).filter(Boolean);
    // Glued cables past the limit are lost; the first cable's ID must survive.
    if (fullIds[0] !== truncatedIds[0]) differences.push(`${name}: ${fullIds[0]} vs ${truncatedIds[0]}`);
  }
  assert.deepEqual(differences, []);
});
