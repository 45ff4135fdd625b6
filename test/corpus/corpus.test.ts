// The real corpus (../shared/corpus, 1,301 cables): every cable parses, IDs and banners agree
// with the published metadata, the outline lists every paragraph, and only cables that really
// contradict themselves get errors.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity, type DocumentSymbol } from 'vscode-languageserver-types';
import { parseCableFile } from '../../server/src/parser/parse';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { defaultSettings } from '../../server/src/settings';
import type { CableFile } from '../../server/src/parser/model';
import { corpusDir } from '../support/fixtures';

interface ManifestEntry {
  id: string;
  file: string;
  classification_metadata: string | null;
}

const manifest: ManifestEntry[] = JSON.parse(fs.readFileSync(path.join(corpusDir, 'manifest.json'), 'utf8')).cables;
const parsed = new Map<string, { text: string; model: CableFile }>();
for (const entry of manifest) {
  const text = fs.readFileSync(path.join(corpusDir, entry.file), 'utf8');
  parsed.set(entry.id, { text, model: parseCableFile(text) });
}

/** Cables whose published ID is not the canonical one the text gives, and why. */
const idExceptions: Record<string, string> = {
  '07IRANRPODUBAI18': 'WikiLeaks kept IRAN of the banner station IRAN RPO DUBAI; the ID tables normalise it to RPODUBAI',
  '08SECTION01GF02BISHIEK21': 'WikiLeaks ID built from a garbled SECTION banner (format-notes 4)',
  '09SECTION01OF03SANJOSE525': 'WikiLeaks ID built from the banner SECTION01 OF 03 SAN JOSE 000525 (no space after SECTION); the text names 09SANJOSE525',
  '88BAGHDAD28': 'the body is another cable: S e c r e t state 068250 (format-oddities 26)',
};
const garbledIdPattern = /EFTO/; // `UNCLAS EFTO` leaked into WikiLeaks IDs (10EFTOKABUL668)

/** Cables that really contradict themselves, with the error codes they get and why. */
const cablesWithErrors: Record<string, { codes: string[]; why: string }> = {
  '08ECTION01OF02MANAMA492': { codes: ['security-group-invalid'], why: 'security line reads ZNY CCCC (four letters)' },
  '09DAMASCUS142': { codes: ['portion-above-banner'], why: 'CONFIDENTIAL banner, paragraph 8 marked (S)' },
  '09TRIPOLI139': { codes: ['portion-above-banner'], why: 'UNCLAS banner and ZNR UUUUU, paragraphs marked (C)' },
  '09TRIPOLI483': { codes: ['portion-above-banner'], why: 'UNCLAS banner and ZNR UUUUU, paragraphs marked (C)' },
};

/** Banners that disagree with WikiLeaks' classification metadata, and why. */
const classificationExceptions: Record<string, string> = {
  '08RABAT727': 'metadata SECRET, banner and security line CONFIDENTIAL (format-oddities 27)',
  '88BAGHDAD28': 'the body is another cable (format-oddities 26)',
};

describe('corpus', () => {
  test('has the 1,301 cables', () => assert.equal(manifest.length, 1301));

  test('every cable yields at least one model and the outline', () => {
    for (const [id, { model }] of parsed) {
      assert.ok(model.cables.length >= 1, id);
      documentSymbols(model);
    }
  });

  test('the derived ID equals the file name wherever the text gives one', () => {
    const wrong: string[] = [];
    let derived = 0;
    for (const [id, { model }] of parsed) {
      const cableId = model.cables[0].id;
      if (!cableId) continue;
      derived++;
      if (cableId !== id && !idExceptions[id] && !garbledIdPattern.test(id)) wrong.push(`${id} → ${cableId}`);
    }
    assert.deepEqual(wrong, []);
    assert.ok(derived > 1100, `IDs derived for ${derived} cables`);
    for (const id of Object.keys(idExceptions)) assert.notEqual(parsed.get(id)!.model.cables[0].id, id, `${id} is no longer an exception`);
  });

  test("the banner's classification agrees with the manifest", () => {
    const wrong: string[] = [];
    let compared = 0;
    for (const entry of manifest) {
      const banner = parsed.get(entry.id)!.model.cables[0].banner;
      if (!banner || !entry.classification_metadata) continue;
      compared++;
      const expected = entry.classification_metadata.split('//')[0];
      if (banner.level !== expected && !classificationExceptions[entry.id]) wrong.push(`${entry.id}: ${expected} vs ${banner.level}`);
    }
    assert.deepEqual(wrong, []);
    assert.ok(compared > 1250, `compared ${compared}`);
  });

  test('the outline has one symbol per numbered paragraph, and every ¶ line is a paragraph', () => {
    const countParagraphSymbols = (symbols: DocumentSymbol[]): number =>
      symbols.reduce((n, s) => n + (/^¶\d+/.test(s.name) ? 1 : 0) + countParagraphSymbols(s.children ?? []), 0);
    for (const [id, { text, model }] of parsed) {
      const paragraphs = model.cables.reduce((n, c) => n + c.paragraphs.length, 0);
      assert.equal(countParagraphSymbols(documentSymbols(model)), paragraphs, id);
      // WikiLeaks also anchored a day wrapped onto its own line (`… on December` / `¶1.  Uribe said`):
      // those ¶ lines go on with the date's sentence and are no paragraph.
      const lines = text.split('\n');
      const wrappedDay = (i: number) => i > 0 && /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*$/.test(lines[i - 1]);
      const pilcrowLines = lines.filter((l, i) => /^\s*¶\s?\d{1,3}\s?\.(?=\s|\(|$)/.test(l) && !wrappedDay(i)).length;
      const pilcrowParagraphs = model.cables.reduce((n, c) => n + c.paragraphs.filter((p) => p.numberToken.text.includes('¶')).length, 0);
      assert.equal(pilcrowParagraphs, pilcrowLines, id);
    }
  });

  test('only the cables that contradict themselves get errors', () => {
    const actual: Record<string, string[]> = {};
    for (const [id, { model }] of parsed) {
      const errors = computeDiagnostics(model, defaultSettings).filter((d) => d.severity === DiagnosticSeverity.Error);
      if (errors.length) actual[id] = [...new Set(errors.map((d) => String(d.code)))].sort();
    }
    const expected = Object.fromEntries(Object.entries(cablesWithErrors).map(([id, e]) => [id, e.codes]));
    assert.deepEqual(actual, expected);
  });

  test('the sample 08TASHKENT578: pilcrow hints on 13.-18., no error', () => {
    const { text, model } = parsed.get('08TASHKENT578')!;
    const diagnostics = computeDiagnostics(model, defaultSettings);
    assert.deepEqual(diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error), []);
    const lines = text.split('\n');
    const hinted = diagnostics.filter((d) => d.code === 'pilcrow-garbled').map((d) => lines[d.range.start.line].slice(d.range.start.character, d.range.end.character));
    assert.deepEqual(hinted, ['13.', '14.', '15.', '16.', '17.', '18.']);
    assert.ok(diagnostics.filter((d) => d.code === 'pilcrow-garbled').every((d) => d.severity === DiagnosticSeverity.Hint));
    const [cable] = documentSymbols(model);
    assert.equal(cable.name, '08TASHKENT578 — IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN UZBEKISTAN');
  });
});
