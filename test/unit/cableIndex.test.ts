// The workspace index as a data structure (server/src/workspace/cableIndex.ts): adding,
// replacing and removing files, ID look-ups, and workspace-symbol queries with their ranking
// and caps. Inline cables; no file system, no LSP.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type CableFields, CableIndex, defaultQueryLimit, searchWords } from '../../server/src/workspace/cableIndex';
import { symbolOf } from '../../server/src/workspace/workspaceIndex';

function cable(id: string | undefined, subject: string, tags: string[] = [], origin?: string): CableFields {
  return { id, subject, tags, origin, dtg: '2008-05-21T08:39Z', line: 11, startCharacter: 0, endCharacter: 39 };
}

const tashkent = cable('08TASHKENT578', 'IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN UZBEKISTAN', ['PGOV', 'PREL', 'UZ'], 'AMEMBASSY TASHKENT');
const tashkentOther = cable('08TASHKENT5781', 'COTTON HARVEST: CHILD LABOR PERSISTS', ['ELAB', 'UZ'], 'AMEMBASSY TASHKENT');
const london = cable('08LONDON2814', 'POC FOR NODEL SANDERS (NOV 9-13)', ['OREP', 'AMGT', 'UK'], 'AMEMBASSY LONDON');
const pgovInSubject = cable('09STATE1', 'GUIDANCE ON PGOVERNANCE REPORTING', ['KDEM'], 'SECSTATE WASHDC');

function indexOf(files: Record<string, CableFields[]>): CableIndex {
  const index = new CableIndex();
  for (const [uri, cables] of Object.entries(files)) index.setFile(uri, cables);
  return index;
}

const ids = (results: { id?: string }[]) => results.map((result) => result.id);

describe('CableIndex: files and IDs', () => {
  test('holds the cables of each file and answers has/uriOf, case-insensitively', () => {
    const index = indexOf({ 'file:///w/a.txt': [tashkent], 'file:///w/b.txt': [london] });
    assert.equal(index.cableCount, 2);
    assert.equal(index.fileCount, 2);
    assert.equal(index.has('08TASHKENT578'), true);
    assert.equal(index.has('08tashkent578'), true);
    assert.equal(index.has('08TASHKENT579'), false);
    assert.equal(index.uriOf('08london2814'), 'file:///w/b.txt');
    assert.equal(index.uriOf('08LONDON1'), undefined);
  });

  test('replaces a file’s cables when the file is indexed again', () => {
    const index = indexOf({ 'file:///w/a.txt': [tashkent] });
    index.setFile('file:///w/a.txt', [london]);
    assert.equal(index.has('08TASHKENT578'), false);
    assert.equal(index.uriOf('08LONDON2814'), 'file:///w/a.txt');
    assert.equal(index.cableCount, 1);
  });

  test('setting a file to the cables it holds changes nothing, not even the order of the cables', () => {
    const index = indexOf({ 'file:///w/a.txt': [tashkent], 'file:///w/b.txt': [london] });
    index.setFile('file:///w/a.txt', [{ ...tashkent, tags: [...tashkent.tags] }]);
    assert.deepEqual(ids(index.query('')), ['08TASHKENT578', '08LONDON2814']);
    index.setFile('file:///w/a.txt', [{ ...tashkent, line: 12 }]);
    assert.deepEqual(ids(index.query('')), ['08LONDON2814', '08TASHKENT578'], 'a moved banner is a change');
    index.setFile('file:///w/a.txt', [{ ...tashkent, line: 12, tags: ['PGOV'] }]);
    assert.deepEqual(ids(index.query('prel')), [], 'a dropped tag is a change');
  });

  test('a file with several cables, and a file set to no cables is removed', () => {
    const index = indexOf({ 'file:///w/glued.txt': [tashkent, london], 'file:///w/b.txt': [pgovInSubject] });
    assert.equal(index.cableCount, 3);
    index.setFile('file:///w/glued.txt', []);
    assert.equal(index.hasFile('file:///w/glued.txt'), false);
    assert.deepEqual(ids(index.query('')), ['09STATE1']);
  });

  test('removing files keeps the rest findable (removal swaps the last entry into the gap)', () => {
    const index = indexOf({ 'file:///w/1.txt': [tashkent], 'file:///w/2.txt': [london], 'file:///w/3.txt': [pgovInSubject], 'file:///w/4.txt': [tashkentOther] });
    index.removeFile('file:///w/1.txt');
    index.removeFile('file:///w/not-indexed.txt');
    assert.deepEqual(ids(index.query('')).sort(), ['08LONDON2814', '08TASHKENT5781', '09STATE1']);
    assert.deepEqual(ids(index.query('tashkent')), ['08TASHKENT5781']);
    index.removeFile('file:///w/4.txt');
    index.removeFile('file:///w/2.txt');
    assert.deepEqual(ids(index.query('')), ['09STATE1']);
  });

  test('removeFiles drops the files a predicate picks, such as a deleted folder', () => {
    const index = indexOf({ 'file:///w/sub/a.txt': [tashkent], 'file:///w/sub/b.txt': [london], 'file:///w/subway.txt': [pgovInSubject] });
    index.removeFiles((uri) => uri.startsWith('file:///w/sub/'));
    assert.deepEqual([...index.files()], ['file:///w/subway.txt']);
  });

  test('the same cable saved twice: uriOf gives the first, then the other once it is removed', () => {
    const index = indexOf({ 'file:///w/a.txt': [tashkent], 'file:///w/copy.txt': [tashkent] });
    assert.equal(index.cablesWithId('08TASHKENT578').length, 2);
    assert.equal(index.uriOf('08TASHKENT578'), 'file:///w/a.txt');
    index.removeFile('file:///w/a.txt');
    assert.equal(index.uriOf('08TASHKENT578'), 'file:///w/copy.txt');
    index.removeFile('file:///w/copy.txt');
    assert.equal(index.has('08TASHKENT578'), false);
  });

  test('a cable without an ID is searchable by subject but not an ID', () => {
    const index = indexOf({ 'file:///w/a.txt': [cable(undefined, 'UNDATED NOTE ON FISHERIES')] });
    assert.equal(index.has(''), false);
    assert.equal(index.query('fisheries')[0].subject, 'UNDATED NOTE ON FISHERIES');
  });
});

describe('CableIndex: queries', () => {
  const index = indexOf({
    'file:///w/tashkent.txt': [tashkent],
    'file:///w/tashkent-other.txt': [tashkentOther],
    'file:///w/london.txt': [london],
    'file:///w/state.txt': [pgovInSubject],
  });

  test('finds a cable by its full ID, in any case', () => {
    assert.deepEqual(ids(index.query('08tashkent578')), ['08TASHKENT578', '08TASHKENT5781']);
  });

  test('ranks the exact ID above an ID it prefixes', () => {
    assert.equal(index.query('08TASHKENT578')[0].id, '08TASHKENT578');
  });

  test('finds by ID prefix and ID substring', () => {
    assert.deepEqual(ids(index.query('08lon')), ['08LONDON2814']);
    assert.deepEqual(ids(index.query('london2814')), ['08LONDON2814']);
  });

  test('finds by subject word, by word prefix and by substring', () => {
    assert.deepEqual(ids(index.query('uzbekistan')), ['08TASHKENT578']);
    assert.deepEqual(ids(index.query('sand')), ['08LONDON2814']);
    assert.deepEqual(ids(index.query('arvest')), ['08TASHKENT5781']);
  });

  test('finds by tag, the exact tag above a subject word that starts with it', () => {
    assert.deepEqual(ids(index.query('pgov')), ['08TASHKENT578', '09STATE1']);
  });

  test('finds by originator', () => {
    assert.deepEqual(ids(index.query('washdc')), ['09STATE1']);
  });

  test('every word of the query must match; punctuation is ignored', () => {
    assert.deepEqual(ids(index.query('uz cotton')), ['08TASHKENT5781']);
    assert.deepEqual(ids(index.query('IOM, Uzbekistan!')), ['08TASHKENT578']);
    assert.deepEqual(ids(index.query('iom london')), []);
    assert.deepEqual(ids(index.query('(nov 9-13)')), ['08LONDON2814']);
  });

  test('an empty or punctuation-only query lists cables', () => {
    assert.equal(index.query('').length, 4);
    assert.equal(index.query(' -- ').length, 4);
    assert.deepEqual(searchWords(' -- '), []);
  });

  test('the ranking order: exact ID, ID prefix, tag, ID substring, word prefix, substring', () => {
    const ranked = indexOf({
      'file:///r/substring.txt': [cable('01A1', 'THE SUBJECT HAS KUZBASS IN IT')],
      'file:///r/word.txt': [cable('01A2', 'UZBEK MATTERS')],
      'file:///r/idsub.txt': [cable('01UZBA3', 'NOTHING')],
      'file:///r/tag.txt': [cable('01A4', 'NOTHING', ['UZB'])],
      'file:///r/prefix.txt': [cable('UZB01', 'NOTHING')],
      'file:///r/exact.txt': [cable('UZB', 'NOTHING')],
    });
    assert.deepEqual(ids(ranked.query('uzb')), ['UZB', 'UZB01', '01A4', '01UZBA3', '01A2', '01A1']);
  });

  test('a word in the ID that is also a tag of the cable ranks as the tag', () => {
    const both = indexOf({
      'file:///b/idsub.txt': [cable('01XUZB1', 'NOTHING')],
      'file:///b/both.txt': [cable('01XUZB2', 'NOTHING', ['UZB'])],
    });
    assert.deepEqual(ids(both.query('uzb')), ['01XUZB2', '01XUZB1']);
  });

  test('results are capped by the limit, 200 by default', () => {
    const many = new CableIndex();
    for (let i = 0; i < 1000; i++) many.setFile(`file:///m/${i}.txt`, [cable(`10STATE${i}`, `ROUTINE MESSAGE ${i}`, ['PREL'])]);
    assert.equal(defaultQueryLimit, 200);
    assert.equal(many.query('prel').length, 200);
    assert.equal(many.query('').length, 200);
    assert.equal(many.query('routine', 5).length, 5);
    assert.equal(many.query('routine', 0).length, 0);
    // A capped broad query still puts the exact ID first.
    assert.equal(many.query('10state999')[0].id, '10STATE999');
    assert.equal(many.query('10state1')[0].id, '10STATE1');
  });

  test('a query over 20,000 cables returns the right cable and stays capped', () => {
    const big = new CableIndex();
    for (let i = 0; i < 20_000; i++) {
      big.setFile(`file:///big/${i}.txt`, [cable(`09EMBASSY${i}`, `SUBJECT NUMBER ${i} ABOUT TRADE`, ['ETRD', i % 2 ? 'ECON' : 'PREL'], 'AMEMBASSY SOMEWHERE')]);
    }
    assert.deepEqual(ids(big.query('09embassy12345')), ['09EMBASSY12345']);
    assert.equal(big.query('trade').length, defaultQueryLimit);
    // Exact ID plus tag outranks the IDs it prefixes (09EMBASSY12340…).
    assert.equal(big.query('prel 09embassy1234')[0].id, '09EMBASSY1234');
  });
});

describe('CableIndex: queries agree with a plain filter after many changes', () => {
  // Enough cables for several search segments (1024 each), then removals and replacements.
  const words = ['harvest', 'cotton', 'uzbekistan', 'iom', 'visit', 'minister', 'trade', 'élection', 'москва'];
  const tagPool = ['PGOV', 'PREL', 'ECON', 'UZ', 'KDEM'];
  const fieldsOf = (i: number, version: number): CableFields =>
    cable(
      i % 17 === 0 ? undefined : `0${i % 10}STATION${i}`,
      `${words[i % words.length]} ${words[(i * 7 + version) % words.length]} NUMBER ${i}-${version}`,
      [tagPool[i % tagPool.length], tagPool[(i + version) % tagPool.length]],
      i % 3 ? 'AMEMBASSY TASHKENT' : 'SECSTATE WASHDC',
    );
  const index = new CableIndex();
  const expected = new Map<string, CableFields>();
  for (let i = 0; i < 3500; i++) {
    index.setFile(`file:///d/${i}.txt`, [fieldsOf(i, 0)]);
    expected.set(`file:///d/${i}.txt`, fieldsOf(i, 0));
  }
  for (let i = 0; i < 3500; i += 3) {
    index.removeFile(`file:///d/${i}.txt`);
    expected.delete(`file:///d/${i}.txt`);
  }
  for (let i = 1; i < 3500; i += 5) {
    index.setFile(`file:///d/${i}.txt`, [fieldsOf(i, 1)]);
    expected.set(`file:///d/${i}.txt`, fieldsOf(i, 1));
  }

  /** The specification, naively: every query word is in the lower-cased words of ID, tags, subject or origin. */
  function plainFilter(query: string): string[] {
    const queryWords = searchWords(query);
    return [...expected.entries()]
      .filter(([, fields]) => {
        const haystack = searchWords([fields.id ?? '', ...fields.tags, fields.subject ?? '', fields.origin ?? ''].join(' ')).join(' ');
        return queryWords.every((word) => haystack.includes(word));
      })
      .map(([uri]) => uri)
      .sort();
  }

  for (const query of ['harvest', 'ark', 'station12', '05station', 'pgov', 'uz', 'number 4', 'москва', 'ÉLECTION', 'washdc cotton', '1-1', 'nothing-like-this']) {
    test(`"${query}"`, () => {
      assert.equal(index.cableCount, expected.size);
      const found = index.query(query, 100_000).map((result) => result.uri).sort();
      assert.deepEqual(found, plainFilter(query));
    });
  }
});

describe('workspace symbols', () => {
  test('a cable becomes a SymbolInformation with ID, subject and tags in the name and its banner as location', () => {
    const symbol = symbolOf({ ...tashkent, uri: 'file:///w/08TASHKENT578.txt' });
    assert.equal(symbol.name, '08TASHKENT578 — IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN UZBEKISTAN [PGOV PREL UZ]');
    assert.equal(symbol.containerName, 'AMEMBASSY TASHKENT, 2008-05-21');
    assert.deepEqual(symbol.location, { uri: 'file:///w/08TASHKENT578.txt', range: { start: { line: 11, character: 0 }, end: { line: 11, character: 39 } } });
  });

  test('a cable without ID, tags or originator still gets a name', () => {
    const symbol = symbolOf({ id: undefined, subject: 'NOTE', tags: [], uri: 'file:///w/x.cable', line: 0, startCharacter: 0, endCharacter: 0 });
    assert.equal(symbol.name, '(no ID) — NOTE');
    assert.equal(symbol.containerName, undefined);
  });
});
