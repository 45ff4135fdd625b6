// Entry point of an index worker thread (bundled as dist/cableIndexWorker.js): reads and
// parses the files the main thread sends, in batches, and sends back their cables' fields.
import * as os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { type FileFields, readFileFieldsSync } from './fileFields';
import type { WorkerRequest, WorkerResponse, WorkerSetup } from './fieldsReaders';

const { limits } = workerData as WorkerSetup;
const buffer = Buffer.allocUnsafe(limits.readBytes);

/** A nice value well below normal (0) but not the lowest (19). */
const backgroundPriority = 10;

// Indexing is background work: on Linux a thread's priority is its own, so this worker yields
// the CPU to the server's main thread (editor requests) whenever that one has work. Elsewhere
// (macOS, Windows) the call would lower the whole server, so it is left alone there.
if (process.platform === 'linux') {
  try {
    os.setPriority(backgroundPriority);
  } catch {
    // Not allowed here: indexing just competes at normal priority.
  }
}

function read(file: string): FileFields {
  try {
    return readFileFieldsSync(file, buffer, limits);
  } catch (error) {
    // One bad file must not cost the batch: it is reported and left out of the index.
    return { file, outcome: 'missing', size: 0, bytesRead: 0, cables: [], error: String((error as Error)?.stack ?? error) };
  }
}

parentPort?.on('message', ({ id, files }: WorkerRequest) => {
  parentPort?.postMessage({ id, results: files.map(read) } satisfies WorkerResponse);
});
