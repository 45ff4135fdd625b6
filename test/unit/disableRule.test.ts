// The rule code that crosses from the server's code action into the client's setting update.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rules } from '../../server/src/features/rules';
import { isRuleCode } from '../../client/src/ruleCode';

test('every rule code passes the client check; hostile arguments do not', () => {
  for (const code of Object.keys(rules)) assert.ok(isRuleCode(code), code);
  for (const bad of ['', 'x'.repeat(61), 'Tag-Unknown', '__proto__', 'a b', '$(terminal)', 42, null, { code: 'x' }]) assert.equal(isRuleCode(bad), false);
});
