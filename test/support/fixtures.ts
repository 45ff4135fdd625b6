// Inline cable fixtures for the rule tests: a clean cable and small edits of it.
import { parseCableFile } from '../../server/src/parser/parse';
import { findProblems, type Finding } from '../../server/src/features/diagnostics';
import * as path from 'node:path';

export const corpusDir = path.resolve(__dirname, '../../..', '../shared/corpus');

/** A cable with no problems at all (modelled on 08TASHKENT578). */
export const cleanCable = [
  'VZCZCXYZ0000',
  'RR RUEHWEB',
  '',
  'DE RUEHNT #0578/01 1420839',
  'ZNY CCCCC ZZH',
  'R 210839Z MAY 08',
  'FM AMEMBASSY TASHKENT',
  'TO RUEHC/SECSTATE WASHDC 9681',
  'INFO RUEHZG/NATO EU COLLECTIVE',
  'RUEHAH/AMEMBASSY ASHGABAT 3971',
  '',
  'C O N F I D E N T I A L TASHKENT 000578',
  '',
  'SIPDIS',
  '',
  'E.O. 12958: DECL: 05/21/2018',
  'TAGS: PGOV PREL UZ',
  'SUBJECT: IOM QUIETLY MAKING NEW EFFORT TO REGISTER IN',
  'UZBEKISTAN',
  '',
  'REF: TASHKENT 123',
  '',
  'Classified By: Political Officer Tim Buckley for reasons 1.4 (B,D)',
  '',
  '¶1. (C) Summary: IOM met poloff. End summary.',
  '',
  '¶2. (C) Naderi traveled to Tashkent.',
  '',
  'NORLAND',
].join('\n');

/** The clean cable with `from` replaced by `to` (the text must be there). */
export function edit(from: string, to: string, text = cleanCable): string {
  if (!text.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

export function problems(text: string): Finding[] {
  return findProblems(parseCableFile(text));
}

export function codes(text: string): string[] {
  return problems(text).map((p) => p.code);
}

/** The text a finding's range covers (single-line ranges). */
export function rangeText(text: string, finding: Finding): string {
  const line = text.split(/\r\n|\r|\n/)[finding.range.start.line];
  return line.slice(finding.range.start.character, finding.range.end.character);
}
