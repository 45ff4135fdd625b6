// The debounce of validation, on node:test's mocked clock (no real waiting).
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import { type StillWanted, ValidationScheduler } from '../../server/src/validationScheduler';

describe('ValidationScheduler', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
  afterEach(() => mock.timers.reset());

  function recordingScheduler(delayMs: number) {
    const runs: { uri: string; stillWanted: StillWanted }[] = [];
    const scheduler = new ValidationScheduler((uri, stillWanted) => void runs.push({ uri, stillWanted }), delayMs);
    return { runs, scheduler };
  }

  test('waits for the delay before validating', () => {
    const { runs, scheduler } = recordingScheduler(175);
    scheduler.schedule('a');
    mock.timers.tick(174);
    assert.equal(runs.length, 0);
    mock.timers.tick(1);
    assert.deepEqual(runs.map((run) => run.uri), ['a']);
  });

  test('an edit within the delay restarts it, and only one validation runs', () => {
    const { runs, scheduler } = recordingScheduler(175);
    scheduler.schedule('a');
    mock.timers.tick(100);
    scheduler.schedule('a');
    mock.timers.tick(100);
    assert.equal(runs.length, 0);
    mock.timers.tick(75);
    assert.equal(runs.length, 1);
  });

  test('a delay given to schedule overrides the debounce delay', () => {
    const { runs, scheduler } = recordingScheduler(175);
    scheduler.schedule('a', 0);
    mock.timers.tick(0);
    assert.equal(runs.length, 1);
  });

  test('documents are debounced independently', () => {
    const { runs, scheduler } = recordingScheduler(50);
    scheduler.schedule('a');
    scheduler.schedule('b');
    mock.timers.tick(50);
    assert.deepEqual(runs.map((run) => run.uri).sort(), ['a', 'b']);
  });

  test('a running validation learns that a newer one superseded it', () => {
    const { runs, scheduler } = recordingScheduler(0);
    scheduler.schedule('a');
    mock.timers.tick(0);
    assert.equal(runs[0].stillWanted(), true);
    scheduler.schedule('a');
    assert.equal(runs[0].stillWanted(), false);
    mock.timers.tick(0);
    assert.equal(runs[1].stillWanted(), true);
  });

  test('cancel drops the pending validation and tells a running one it is unwanted', () => {
    const { runs, scheduler } = recordingScheduler(10);
    scheduler.schedule('a');
    mock.timers.tick(10);
    scheduler.schedule('a');
    scheduler.cancel('a');
    mock.timers.tick(10);
    assert.equal(runs.length, 1);
    assert.equal(runs[0].stillWanted(), false);
  });

  test('a document closed and reopened does not revive a validation from before', () => {
    const { runs, scheduler } = recordingScheduler(0);
    scheduler.schedule('a');
    mock.timers.tick(0);
    scheduler.cancel('a');
    scheduler.schedule('a');
    assert.equal(runs[0].stillWanted(), false);
  });

  test('dispose cancels everything pending', () => {
    const { runs, scheduler } = recordingScheduler(10);
    scheduler.schedule('a');
    scheduler.schedule('b');
    scheduler.dispose();
    mock.timers.tick(10);
    assert.equal(runs.length, 0);
  });
});
