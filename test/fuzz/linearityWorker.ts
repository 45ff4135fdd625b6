// Times one adversarial shape at its small size and four times that, in a worker thread so that
// the test can stop it if it runs away. Posts `{ small, large }`: medians of `runs` runs, in ms.
import { parentPort, workerData } from 'node:worker_threads';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { parseCableFile } from '../../server/src/parser/parse';
import { defaultSettings } from '../../server/src/settings';
import { adversarialShapes } from './adversarial';

interface Job {
  shape: string;
  runs: number;
}

function analyse(text: string): void {
  const file = parseCableFile(text);
  computeDiagnostics(file, defaultSettings);
  documentSymbols(file);
}

function medianTime(text: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    analyse(text);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[times.length >> 1];
}

const job = workerData as Job;
const { build, small: size } = adversarialShapes[job.shape];
analyse(build(size >> 4)); // warm-up
const small = medianTime(build(size), job.runs);
const large = medianTime(build(4 * size), job.runs);
parentPort!.postMessage({ small, large });
