// The workspace indexer in-process (server/src/workspace/indexer.ts) on temporary folders:
// what it reads and skips, file and folder changes, folder removal, open documents standing
// for their files, progress, and that it lets the event loop run between files.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { parseCableFile } from '../../server/src/parser/parse';
import { cableFields } from '../../server/src/workspace/cableHead';
import { CableIndex } from '../../server/src/workspace/cableIndex';
import { InlineFieldsReader, WorkerFieldsReader } from '../../server/src/workspace/fieldsReaders';
import { defaultReadLimits } from '../../server/src/workspace/fileFields';
import { type ProgressSink, WorkspaceIndexer } from '../../server/src/workspace/indexer';
import { cleanCable, corpusDir, edit } from '../support/fixtures';

const workerScript = path.resolve(__dirname, '../../server/src/workspace/fieldsWorker.js');
const corpusCable = (id: string) => fs.readFileSync(path.join(corpusDir, 'cables', `${id}.txt`), 'utf8');
const url = (file: string) => pathToFileURL(file).href;

/** A cable like the clean fixture with its own serial, so that its ID is `08TASHKENT<serial>`. */
function cableWithSerial(serial: number, subject = 'NUMBERED TEST CABLE'): string {
  const banner = edit('TASHKENT 000578', `TASHKENT ${String(serial).padStart(6, '0')}`);
  return edit('SUBJECT: IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN\nUZBEKISTAN', `SUBJECT: ${subject}`, banner);
}

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

const ids = (index: CableIndex) => index.query('', 1000).map((cable) => cable.id).sort();
const subjectOf = (index: CableIndex, id: string) => index.cablesWithId(id).map((cable) => cable.subject);
/** The cables of an open document's text, as the server hands them to the indexer. */
const openCables = (text: string) => cableFields(parseCableFile(text).cables);

class RecordingProgress implements ProgressSink {
  readonly events: string[] = [];
  begin(title: string) {
    this.events.push(`begin ${title}`);
  }
  report(percentage: number | undefined) {
    this.events.push(`report ${percentage ?? '-'}`);
  }
  done() {
    this.events.push('done');
  }
}

describe('WorkspaceIndexer', () => {
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-indexer-'));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  /** A fresh folder under the temporary root. */
  let folderCounter = 0;
  const folder = () => path.join(root, `w${++folderCounter}`);

  test('indexes .txt, .cable and .tel cables; skips prose, other extensions, node_modules, .git, hidden folders and huge files', async () => {
    const dir = folder();
    write(path.join(dir, '08TASHKENT578.txt'), corpusCable('08TASHKENT578'));
    write(path.join(dir, 'sub/deeper/a.cable'), cableWithSerial(1));
    write(path.join(dir, 'b.TEL'), cableWithSerial(2));
    write(path.join(dir, 'c.md'), cableWithSerial(3));
    write(path.join(dir, 'notes.txt'), 'Shopping list\n\nmilk\n');
    write(path.join(dir, 'node_modules/pkg/d.txt'), cableWithSerial(4));
    write(path.join(dir, '.git/e.txt'), cableWithSerial(5));
    write(path.join(dir, '.hidden/f.txt'), cableWithSerial(6));
    write(path.join(dir, 'huge.txt'), `${cableWithSerial(7)}\n${'x'.repeat(32 * 1024)}\n`);
    const index = new CableIndex();
    const indexer = new WorkspaceIndexer(index, { limits: { maxFileBytes: 32 * 1024, readBytes: 64 * 1024 } });
    indexer.addFolders([url(dir)]);
    await indexer.whenIdle();
    assert.deepEqual(ids(index), ['08TASHKENT1', '08TASHKENT2', '08TASHKENT578']);
    assert.equal(index.uriOf('08TASHKENT1'), url(path.join(dir, 'sub/deeper/a.cable')));
    assert.equal(indexer.stats.tooLarge, 1);
    assert.equal(indexer.stats.filesRead, 4, 'three cables and the prose .txt');
    assert.equal(indexer.indexing, false);
  });

  test('reads only the start of a large file', async () => {
    const dir = folder();
    const padding = `${'¶9. (C) Padding paragraph.\n'.repeat(4000)}`;
    write(path.join(dir, 'long.txt'), `${cleanCable}\n${padding}`);
    const index = new CableIndex();
    const indexer = new WorkspaceIndexer(index, { limits: { maxFileBytes: 1024 * 1024, readBytes: 4096 } });
    indexer.addFolders([url(dir)]);
    await indexer.whenIdle();
    assert.deepEqual(ids(index), ['08TASHKENT578']);
    assert.equal(indexer.stats.bytesRead, 4096);
    assert.equal(indexer.stats.fileBytes, Buffer.byteLength(`${cleanCable}\n${padding}`));
  });

  test('ignores non-file URIs and a folder added twice', async () => {
    const dir = folder();
    write(path.join(dir, 'a.txt'), cableWithSerial(10));
    const index = new CableIndex();
    const indexer = new WorkspaceIndexer(index);
    indexer.addFolders(['untitled:Untitled-1', 'vscode-vfs://github/x/y', url(dir), url(dir)]);
    await indexer.whenIdle();
    assert.deepEqual(ids(index), ['08TASHKENT10']);
    assert.equal(indexer.stats.filesRead, 1);
  });

  test('applies created, changed and deleted files, a deleted folder and a folder moved in', async () => {
    const dir = folder();
    write(path.join(dir, 'keep.txt'), cableWithSerial(20));
    write(path.join(dir, 'sub/gone.txt'), cableWithSerial(21));
    const index = new CableIndex();
    const indexer = new WorkspaceIndexer(index);
    indexer.addFolders([url(dir)]);
    await indexer.whenIdle();
    assert.deepEqual(ids(index), ['08TASHKENT20', '08TASHKENT21']);

    write(path.join(dir, 'new.cable'), cableWithSerial(22));
    write(path.join(dir, 'keep.txt'), cableWithSerial(20, 'A NEW SUBJECT'));
    indexer.filesChanged([
      { uri: url(path.join(dir, 'new.cable')), type: 1 },
      { uri: url(path.join(dir, 'keep.txt')), type: 2 },
    ]);
    await indexer.whenIdle();
    assert.deepEqual(ids(index), ['08TASHKENT20', '08TASHKENT21', '08TASHKENT22']);
    assert.equal(index.query('08TASHKENT20')[0].subject, 'A NEW SUBJECT');

    // A deleted folder is one event for the folder.
    fs.rmSync(path.join(dir, 'sub'), { recursive: true });
    indexer.filesChanged([{ uri: url(path.join(dir, 'sub')), type: 3 }]);
    assert.deepEqual(ids(index), ['08TASHKENT20', '08TASHKENT22'], 'deletions apply at once');

    // A folder moved in is one event for the folder, too.
    write(path.join(dir, 'moved/in/x.txt'), cableWithSerial(23));
    indexer.filesChanged([{ uri: url(path.join(dir, 'moved')), type: 1 }]);
    await indexer.whenIdle();
    assert.deepEqual(ids(index), ['08TASHKENT20', '08TASHKENT22', '08TASHKENT23']);

    // A changed file that is no longer a cable leaves the index; events outside the folders are ignored.
    write(path.join(dir, 'new.cable'), 'not a cable any more\n');
    indexer.filesChanged([
      { uri: url(path.join(dir, 'new.cable')), type: 2 },
      { uri: url(path.join(root, 'elsewhere.txt')), type: 1 },
      { uri: url(path.join(dir, 'node_modules/x.txt')), type: 1 },
    ]);
    await indexer.whenIdle();
    assert.deepEqual(ids(index), ['08TASHKENT20', '08TASHKENT23']);
  });

  test('a file that vanishes before it is read is not indexed', async () => {
    const dir = folder();
    write(path.join(dir, 'a.txt'), cableWithSerial(30));
    const index = new CableIndex();
    const indexer = new WorkspaceIndexer(index);
    indexer.filesChanged([{ uri: url(path.join(dir, 'a.txt')), type: 1 }]);
    indexer.addFolders([url(dir)]);
    fs.rmSync(path.join(dir, 'a.txt'));
    indexer.filesChanged([{ uri: url(path.join(dir, 'a.txt')), type: 3 }]);
    await indexer.whenIdle();
    assert.deepEqual(ids(index), []);
  });

  test('removing a workspace folder drops its files, but not those of a folder that holds it', async () => {
    const outer = folder();
    const inner = path.join(outer, 'inner');
    const other = folder();
    write(path.join(inner, 'a.txt'), cableWithSerial(40));
    write(path.join(other, 'b.txt'), cableWithSerial(41));
    const index = new CableIndex();
    const indexer = new WorkspaceIndexer(index);
    indexer.addFolders([url(inner), url(other), url(outer)]);
    await indexer.whenIdle();
    assert.deepEqual(ids(index), ['08TASHKENT40', '08TASHKENT41']);
    assert.equal(indexer.stats.filesRead, 2, 'a file in nested folders is read once');
    indexer.removeFolders([url(inner)]);
    assert.deepEqual(ids(index), ['08TASHKENT40', '08TASHKENT41']);
    indexer.removeFolders([url(other), url(outer)]);
    assert.deepEqual(ids(index), []);
  });

  test('an open document stands for its file: the walk and file events that come later do not replace it', async () => {
    const dir = folder();
    const file = path.join(dir, 'a.txt');
    write(file, cableWithSerial(50, 'SAVED SUBJECT'));
    const index = new CableIndex();
    const indexer = new WorkspaceIndexer(index);
    indexer.setOpenDocument(url(file), openCables(cableWithSerial(50, 'TYPED SUBJECT')));
    indexer.addFolders([url(dir)]);
    await indexer.whenIdle();
    assert.deepEqual(subjectOf(index, '08TASHKENT50'), ['TYPED SUBJECT']);
    assert.equal(indexer.stats.filesRead, 1, 'the file is read, its result not applied');

    write(file, cableWithSerial(50, 'SAVED AGAIN'));
    indexer.filesChanged([{ uri: url(file), type: 2 }]);
    await indexer.whenIdle();
    assert.deepEqual(subjectOf(index, '08TASHKENT50'), ['TYPED SUBJECT']);

    // Typing a new ID replaces the document's cables; a differently encoded URI is the same file.
    indexer.setOpenDocument(url(file).replace('a.txt', '%61.txt'), openCables(cableWithSerial(51, 'TYPED SUBJECT')));
    assert.deepEqual(ids(index), ['08TASHKENT51']);
    assert.equal(index.fileCount, 1);
  });

  test('deleting an open file or its folder, or removing the workspace folder, keeps the open documents', async () => {
    const dir = folder();
    const file = path.join(dir, 'sub/a.txt');
    write(file, cableWithSerial(60));
    const index = new CableIndex();
    const indexer = new WorkspaceIndexer(index);
    indexer.addFolders([url(dir)]);
    await indexer.whenIdle();
    indexer.setOpenDocument(url(file), openCables(cableWithSerial(60)));
    indexer.setOpenDocument('untitled:Untitled-1', openCables(cableWithSerial(61)));
    fs.rmSync(file);
    indexer.filesChanged([{ uri: url(file), type: 3 }]);
    assert.deepEqual(ids(index), ['08TASHKENT60', '08TASHKENT61']);
    fs.rmSync(path.join(dir, 'sub'), { recursive: true });
    indexer.filesChanged([{ uri: url(path.join(dir, 'sub')), type: 3 }]);
    assert.deepEqual(ids(index), ['08TASHKENT60', '08TASHKENT61']);
    indexer.removeFolders([url(dir)]);
    assert.deepEqual(ids(index), ['08TASHKENT60', '08TASHKENT61']);
  });

  test('closing a workspace cable file reads it from disk again; a file deleted meanwhile leaves the index', async () => {
    const dir = folder();
    const [kept, deleted] = [path.join(dir, 'kept.cable'), path.join(dir, 'deleted.txt')];
    write(kept, cableWithSerial(70, 'SAVED SUBJECT'));
    write(deleted, cableWithSerial(71));
    const index = new CableIndex();
    const indexer = new WorkspaceIndexer(index);
    indexer.addFolders([url(dir)]);
    await indexer.whenIdle();
    indexer.setOpenDocument(url(kept), openCables(cableWithSerial(72, 'UNSAVED SUBJECT')));
    indexer.setOpenDocument(url(deleted), openCables(cableWithSerial(71)));
    fs.rmSync(deleted);
    indexer.filesChanged([{ uri: url(deleted), type: 3 }]);
    assert.deepEqual(ids(index), ['08TASHKENT71', '08TASHKENT72']);

    indexer.closeDocument(url(kept));
    indexer.closeDocument(url(deleted));
    assert.equal(indexer.indexing, true, 'both files are queued to be read');
    await indexer.whenIdle();
    assert.deepEqual(ids(index), ['08TASHKENT70']);
    assert.deepEqual(subjectOf(index, '08TASHKENT70'), ['SAVED SUBJECT']);
  });

  test('closing an untitled document, a file outside the folders, a hidden one or one not named like a cable removes it without a read', async () => {
    const dir = folder();
    const index = new CableIndex();
    const indexer = new WorkspaceIndexer(index);
    indexer.addFolders([url(dir)]);
    await indexer.whenIdle();
    const documents = ['untitled:Untitled-1', url(path.join(root, 'outside.txt')), url(path.join(dir, '.hidden/a.txt')), url(path.join(dir, 'notes.md'))];
    documents.forEach((uri, i) => indexer.setOpenDocument(uri, openCables(cableWithSerial(80 + i))));
    assert.deepEqual(ids(index), ['08TASHKENT80', '08TASHKENT81', '08TASHKENT82', '08TASHKENT83']);
    for (const uri of documents) indexer.closeDocument(uri);
    assert.equal(indexer.indexing, false);
    assert.deepEqual(ids(index), []);
    assert.equal(indexer.stats.filesRead, 0);
  });

  test('reports progress from begin to done for a folder walk, and none for single file changes', async () => {
    const dir = folder();
    for (let i = 0; i < 30; i++) write(path.join(dir, `${i}.txt`), cableWithSerial(100 + i));
    const sinks: RecordingProgress[] = [];
    const index = new CableIndex();
    const indexer = new WorkspaceIndexer(index, {
      progressIntervalMs: 0,
      startProgress: async () => {
        const sink = new RecordingProgress();
        sinks.push(sink);
        return sink;
      },
    });
    indexer.addFolders([url(dir)]);
    await indexer.whenIdle();
    assert.equal(index.cableCount, 30);
    assert.equal(sinks.length, 1);
    const events = sinks[0].events;
    assert.equal(events[0], 'begin Indexing cables');
    assert.equal(events.at(-1), 'done');
    const percentages = events.filter((event) => event.startsWith('report ')).map((event) => Number(event.slice(7))).filter(Number.isFinite);
    assert.ok(percentages.length > 0, `percentages reported: ${events.join(', ')}`);
    assert.ok(percentages.every((value, i) => value >= 0 && value <= 100 && (i === 0 || value >= percentages[i - 1])), `monotonic: ${percentages}`);

    write(path.join(dir, 'late.txt'), cableWithSerial(200));
    indexer.filesChanged([{ uri: url(path.join(dir, 'late.txt')), type: 1 }]);
    await indexer.whenIdle();
    assert.equal(sinks.length, 1, 'no progress for a file change');
    assert.ok(index.has('08TASHKENT200'));
  });

  test('lets other callbacks run between files: an immediate queued during indexing runs within a few files', async () => {
    const dir = folder();
    for (let i = 0; i < 200; i++) write(path.join(dir, `${i}.txt`), cableWithSerial(300 + i));
    const index = new CableIndex();
    const reader = new InlineFieldsReader(defaultReadLimits);
    let filesWhenQueued = -1;
    let filesWhenRun = -1;
    const indexer = new WorkspaceIndexer(index, {
      reader,
      progressIntervalMs: 0,
      startProgress: async () => ({
        begin() {},
        report() {
          // Once, when indexing is well under way.
          if (filesWhenQueued >= 0 || index.fileCount < 20) return;
          filesWhenQueued = index.fileCount;
          setImmediate(() => (filesWhenRun = index.fileCount));
        },
        done() {},
      }),
    });
    indexer.addFolders([url(dir)]);
    await indexer.whenIdle();
    assert.equal(index.cableCount, 200);
    assert.ok(filesWhenQueued >= 20, 'the probe was queued');
    assert.ok(filesWhenRun - filesWhenQueued <= reader.batchesInFlight, `ran after ${filesWhenRun - filesWhenQueued} more files`);
  });

  test('worker threads read and parse the files; the results are the same as on the main thread', async () => {
    const dir = folder();
    for (let i = 0; i < 100; i++) write(path.join(dir, `sub${i % 3}/${i}.txt`), cableWithSerial(700 + i));
    write(path.join(dir, '08TASHKENT578.txt'), corpusCable('08TASHKENT578'));
    const inlineIndex = new CableIndex();
    const inline = new WorkspaceIndexer(inlineIndex);
    inline.addFolders([url(dir)]);
    await inline.whenIdle();
    const workerIndex = new CableIndex();
    // The worker entry as tsc compiles it; the server uses the bundle dist/cableIndexWorker.js.
    const reader = new WorkerFieldsReader(workerScript, 2, defaultReadLimits);
    const inWorkers = new WorkspaceIndexer(workerIndex, { reader });
    inWorkers.addFolders([url(dir)]);
    await inWorkers.whenIdle();
    inWorkers.dispose();
    assert.equal(workerIndex.cableCount, 101);
    const cables = (index: CableIndex) =>
      index
        .query('', 1000)
        .map(({ id, subject, dtg, tags, origin, uri, line, startCharacter, endCharacter }) => JSON.stringify({ id, subject, dtg, tags, origin, uri, line, startCharacter, endCharacter }))
        .sort();
    assert.deepEqual(cables(workerIndex), cables(inlineIndex));
    assert.deepEqual(inWorkers.stats.fileBytes, inline.stats.fileBytes);
  });

  test('index workers run at background priority, the main thread at its own', { skip: process.platform !== 'linux' && 'a thread has a priority of its own only on Linux' }, async () => {
    const dir = folder();
    write(path.join(dir, '08TASHKENT578.txt'), corpusCable('08TASHKENT578'));
    const reader = new WorkerFieldsReader(workerScript, 2, defaultReadLimits);
    try {
      // Two batches at once, so both workers have started.
      await Promise.all([reader.read([path.join(dir, '08TASHKENT578.txt')]), reader.read([path.join(dir, '08TASHKENT578.txt')])]);
      // Field 19 of /proc/<pid>/task/<tid>/stat is the nice value; the fields after the `)` of the name start at 3.
      const niceOf = (tid: string) => Number(fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ')[19 - 3]);
      const nice = fs.readdirSync('/proc/self/task').map(niceOf);
      assert.equal(niceOf(String(process.pid)), 0);
      assert.equal(nice.filter((value) => value === 10).length, 2, `thread nice values: ${nice.join(' ')}`);
    } finally {
      reader.dispose();
    }
  });

  test('when a worker cannot start, the files are read on the main thread instead', async () => {
    const dir = folder();
    for (let i = 0; i < 10; i++) write(path.join(dir, `${i}.txt`), cableWithSerial(800 + i));
    const logged: string[] = [];
    const reader = new WorkerFieldsReader(path.join(root, 'no-such-worker.js'), 1, defaultReadLimits, (message) => logged.push(message));
    const index = new CableIndex();
    const indexer = new WorkspaceIndexer(index, { reader });
    indexer.addFolders([url(dir)]);
    await indexer.whenIdle();
    indexer.dispose();
    assert.equal(index.cableCount, 10);
    assert.equal(logged.length, 1);
    assert.match(logged[0], /reading on the main thread/);
  });

  test('after dispose nothing more is indexed', async () => {
    const dir = folder();
    for (let i = 0; i < 20; i++) write(path.join(dir, `${i}.txt`), cableWithSerial(600 + i));
    const index = new CableIndex();
    const indexer = new WorkspaceIndexer(index);
    indexer.addFolders([url(dir)]);
    indexer.dispose();
    await indexer.whenIdle();
    assert.ok(index.cableCount < 20);
    indexer.addFolders([url(folder())]);
    assert.equal(indexer.indexing, false);
  });
});
