// Bounded restarts of a crashed language server (client/src/restartPolicy.ts).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RestartBudget } from '../../client/src/restartPolicy';

function budgetWithClock(maxRestarts: number, windowMs: number) {
  const clock = { now: 0 };
  return { clock, budget: new RestartBudget(maxRestarts, windowMs, () => clock.now) };
}

describe('RestartBudget', () => {
  test('restarts up to the limit, then stops', () => {
    const { budget } = budgetWithClock(3, 60_000);
    assert.deepEqual([1, 2, 3, 4].map(() => budget.recordCrash().restart), [true, true, true, false]);
    assert.equal(budget.recordCrash().crashes, 5);
  });

  test('crashes older than the window no longer count', () => {
    const { clock, budget } = budgetWithClock(2, 60_000);
    budget.recordCrash();
    budget.recordCrash();
    clock.now = 60_000;
    const decision = budget.recordCrash();
    assert.equal(decision.restart, true);
    assert.equal(decision.crashes, 1);
  });

  test('reset forgets earlier crashes', () => {
    const { budget } = budgetWithClock(1, 60_000);
    budget.recordCrash();
    assert.equal(budget.recordCrash().restart, false);
    budget.reset();
    assert.equal(budget.recordCrash().restart, true);
  });
});
