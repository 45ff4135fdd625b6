// The server's small parts: the parse cache, settings resolution and the error guard.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ClientSettings, defaultValidationDelayMs, readInitializationOptions } from '../../server/src/clientSettings';
import { DocumentModels } from '../../server/src/documentModels';
import { CancellationTokenSource, ResponseError } from 'vscode-languageserver/node';
import { guarded, guardedAsync, guardedRequest } from '../../server/src/guard';
import type { CableFile } from '../../server/src/parser/model';
import { defaultSettings } from '../../server/src/settings';

describe('DocumentModels', () => {
  function countingModels() {
    const parsed: string[] = [];
    const models = new DocumentModels((text): CableFile => {
      parsed.push(text);
      return { cables: [], lineCount: text.length };
    });
    return { parsed, models };
  }
  const document = (uri: string, version: number, text: string) => ({ uri, version, getText: () => text });

  test('parses each document version once', () => {
    const { parsed, models } = countingModels();
    const first = models.get(document('a', 1, 'one'));
    assert.equal(models.get(document('a', 1, 'one')), first);
    assert.deepEqual(parsed, ['one']);
  });

  test('parses again for a new version or after forget', () => {
    const { parsed, models } = countingModels();
    models.get(document('a', 1, 'one'));
    models.get(document('a', 2, 'two'));
    models.forget('a');
    models.get(document('a', 2, 'two'));
    assert.deepEqual(parsed, ['one', 'two', 'two']);
  });

  test('keeps documents apart', () => {
    const { models } = countingModels();
    assert.notEqual(models.get(document('a', 1, 'x')), models.get(document('b', 1, 'x')));
  });
});

describe('readInitializationOptions', () => {
  test('reads the validation delay and the cable section', () => {
    const section = { diagnostics: { enable: false } };
    assert.deepEqual(readInitializationOptions({ validationDelay: 0, cable: section }), { validationDelayMs: 0, settings: section });
  });

  test('ignores missing or invalid values', () => {
    for (const raw of [undefined, null, 'x', { validationDelay: -1 }, { validationDelay: 'soon' }, { validationDelay: Infinity }]) {
      assert.equal(readInitializationOptions(raw).validationDelayMs, defaultValidationDelayMs);
    }
  });
});

describe('ClientSettings', () => {
  const noLog = () => assert.fail('nothing should be logged');
  const off = { diagnostics: { rules: { 'tag-unknown': 'off' } } };

  test('without pull support, uses the pushed settings and then the ones from didChangeConfiguration', async () => {
    const settings = new ClientSettings(undefined, off, noLog);
    assert.deepEqual((await settings.forDocument('a')).diagnostics.rules, { 'tag-unknown': 'off' });
    settings.changed({ cable: { diagnostics: { enable: false } } });
    assert.equal((await settings.forDocument('a')).diagnostics.enable, false);
    settings.changed(null);
    assert.equal((await settings.forDocument('a')).diagnostics.enable, false, 'a change without a cable section keeps the settings');
  });

  test('defaults when nothing is given', async () => {
    assert.deepEqual(await new ClientSettings(undefined, undefined, noLog).forDocument('a'), defaultSettings);
  });

  test('pulls once per document until the configuration changes', async () => {
    const pulled: string[] = [];
    const settings = new ClientSettings(async (uri) => (pulled.push(uri), off), undefined, noLog);
    await settings.forDocument('a');
    await settings.forDocument('a');
    await settings.forDocument('b');
    assert.deepEqual(pulled, ['a', 'b']);
    settings.changed(null);
    await settings.forDocument('a');
    settings.forget('b');
    await settings.forDocument('b');
    assert.deepEqual(pulled, ['a', 'b', 'a', 'b']);
  });

  test('a client answering null falls back to the pushed settings', async () => {
    const settings = new ClientSettings(async () => null, off, noLog);
    assert.deepEqual((await settings.forDocument('a')).diagnostics.rules, { 'tag-unknown': 'off' });
  });

  test('a failed pull is logged with the document and falls back', async () => {
    const logged: string[] = [];
    const settings = new ClientSettings(() => Promise.reject(new Error('no')), off, (message) => logged.push(message));
    assert.deepEqual((await settings.forDocument('file:///a.txt')).diagnostics.rules, { 'tag-unknown': 'off' });
    assert.equal(logged.length, 1);
    assert.match(logged[0], /file:\/\/\/a\.txt/);
  });
});

describe('guarded', () => {
  test('passes results through', () => {
    assert.equal(guarded(() => assert.fail('no log'), 'outline', 'file:///a', 0, () => 42), 42);
  });

  test('turns an exception into the fallback and logs the feature and the document', () => {
    const logged: string[] = [];
    const result = guarded((message) => logged.push(message), 'outline', 'file:///a.txt', [], () => {
      throw new TypeError('boom');
    });
    assert.deepEqual(result, []);
    assert.equal(logged.length, 1);
    assert.match(logged[0], /^outline failed for file:\/\/\/a\.txt: TypeError: boom/);
  });

  test('guardedRequest answers a cancelled request with RequestCancelled (-32800), without running it', () => {
    const source = new CancellationTokenSource();
    assert.equal(guardedRequest(() => assert.fail('no log'), 'hover', 'file:///a', source.token, null, () => 'result'), 'result');
    source.cancel();
    const answer = guardedRequest(() => assert.fail('no log'), 'hover', 'file:///a', source.token, null, () => assert.fail('not run'));
    assert.ok(answer instanceof ResponseError);
    assert.equal(answer.code, -32800);
  });

  test('does the same for a rejected promise', async () => {
    const logged: string[] = [];
    const result = await guardedAsync((message) => logged.push(message), 'publish', 'file:///b.txt', 'fallback', () => Promise.reject(new Error('gone')));
    assert.equal(result, 'fallback');
    assert.match(logged[0], /publish failed for file:\/\/\/b\.txt: Error: gone/);
  });
});
