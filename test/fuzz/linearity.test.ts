// No input makes parse + diagnostics + outline super-linear: for each adversarial shape, four
// times the input (1 MB vs 4 MB for one long line, 128 KB vs 512 KB for many lines) may take at
// most about four times as long (the bound is generous, for a busy machine). Each shape runs in
// a worker thread that is stopped if it takes too long: that is how a quadratic regex on a 1 MB
// line shows up.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { adversarialShapes } from './adversarial';

const runs = 3;
/** Linear would be 4; quadratic 16. Noise on a shared 2-core machine needs the headroom. */
const maxGrowth = 10;
/** Timer granularity and GC pauses dominate very short runs. */
const slackMs = 40;
const workerTimeoutMs = 30_000;

function timeShape(shape: string): Promise<{ small: number; large: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'linearityWorker.js'), { workerData: { shape, runs } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`"${shape}" did not finish within ${workerTimeoutMs / 1000} s: super-linear`));
    }, workerTimeoutMs);
    worker.once('message', (result) => {
      clearTimeout(timer);
      resolve(result);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

describe('linear time on adversarial inputs (4× the input, median of 3 runs)', () => {
  for (const shape of Object.keys(adversarialShapes)) {
    test(shape, async () => {
      const { small, large } = await timeShape(shape);
      assert.ok(
        large <= maxGrowth * small + slackMs,
        `4× the input took ${large.toFixed(1)} ms, 1× ${small.toFixed(1)} ms: ${(large / small).toFixed(1)}×`,
      );
    });
  }
});
