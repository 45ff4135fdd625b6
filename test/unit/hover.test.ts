// Hover: decodes dates, the DE line, precedence, routing indicators, classification, TAGS,
// E.O., Classified By and REF items; all cable text in it is escaped.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseCableFile } from '../../server/src/parser/parse';
import { hover } from '../../server/src/features/hover';
import type { WorkspaceCables } from '../../server/src/features/workspaceCables';
import { cleanCable, edit } from '../support/fixtures';
import { isInertMarkdown, positionOf, shown, workspaceWith } from '../support/editorFixtures';

function hoverText(text: string, needle: string, offset = 0, workspace?: WorkspaceCables): string {
  const result = hover(parseCableFile(text), text, positionOf(text, needle, offset), workspace);
  assert.ok(result, `a hover on ${needle}`);
  const contents = result.contents as { kind: string; value: string };
  assert.equal(contents.kind, 'markdown');
  assert.ok(isInertMarkdown(contents.value), contents.value);
  return shown(contents.value);
}

describe('hover on the header', () => {
  test('DTG: date, time and precedence', () => {
    const shownText = hoverText(cleanCable, '210839Z', 2);
    assert.match(shownText, /21 May 2008, 08:39 UTC/);
    assert.match(shownText, /R: ROUTINE/);
  });
  test('DTG with action and info precedence', () => {
    const text = edit('R 210839Z MAY 08', 'O R 210839Z MAY 08', edit('RR RUEHWEB', 'OO RUEHWEB'));
    assert.match(hoverText(text, 'O R 2'), /O for action addressees: IMMEDIATE.*R for information addressees: ROUTINE/);
  });
  test('an impossible DTG says so', () => {
    assert.match(hoverText(edit('210839Z MAY 08', '310839Z APR 08'), '310839Z'), /not a real date and time/);
  });
  test('DE line: station name, serial, part, Julian day as a date and the delay', () => {
    const shownText = hoverText(cleanCable, 'RUEHNT');
    assert.match(shownText, /RUEHNT: AMEMBASSY TASHKENT/);
    assert.match(shownText, /#0578: .*modulo 10,000 \(banner serial 000578\)/);
    assert.match(shownText, /\/01: part 1/);
    assert.match(shownText, /day 142 of 2008, 08:39 UTC → sent 21 May 2008, 08:39 UTC, at the same minute as the date-time group/);
  });
  test('DE line sent later: minutes, and days for a re-run', () => {
    assert.match(hoverText(edit('1420839', '1420843'), '1420843'), /4 minutes after the date-time group/);
    assert.match(hoverText(edit('1420839', '1451039'), '1451039'), /sent 24 May 2008, 10:39 UTC, 3 days 2 hours after/);
  });
  test('DE line across New Year: day 1 of the next year', () => {
    const text = edit('R 210839Z MAY 08', 'R 312350Z DEC 08', edit('1420839', '0010005'));
    assert.match(hoverText(text, '0010005'), /day 1 of 2009, 00:05 UTC → sent 1 January 2009, 00:05 UTC, 15 minutes after/);
  });
  test('security line: prosign, group and operating signal', () => {
    const shownText = hoverText(cleanCable, 'CCCCC');
    assert.match(shownText, /ZNY: traffic that must be encrypted/);
    assert.match(shownText, /CCCCC: CONFIDENTIAL/);
    assert.match(shownText, /ZZH: operating signal/);
  });
  test('precedence digraph and relay routing indicator', () => {
    assert.match(hoverText(cleanCable, 'RR RUEHWEB'), /RR: ROUTINE \(rank 5 of 5\).*agrees with the date-time group/);
    assert.match(hoverText(edit('RR RUEHWEB', 'OO RUEHWEB'), 'OO RUEHWEB'), /date-time group says R \(ROUTINE/);
    assert.match(hoverText(cleanCable, 'RUEHWEB'), /Routing indicator RUEHWEB \(relay station/);
  });
  test('addressee routing indicator, message continuity number and keyword', () => {
    assert.match(hoverText(cleanCable, 'RUEHC/'), /RUEHC \(of this addressee\): SECSTATE WASHDC/);
    assert.match(hoverText(cleanCable, '9681'), /Message continuity number 9681/);
    assert.match(hoverText(cleanCable, 'INFO RUEHZG'), /INFO: information addressees/);
  });
  test('precedence word, misspelt', () => {
    const text = edit('TO RUEHC/SECSTATE WASHDC 9681', 'TO RUEHC/SECSTATE WASHDC PRIOITY 9681');
    const shownText = hoverText(text, 'PRIOITY');
    assert.match(shownText, /PRIORITY, rank 4 of 5, sent with prosign P/);
    assert.match(shownText, /Misspelt: read as PRIORITY/);
  });
});

describe('hover on the body', () => {
  test('banner: level, station, serial and cable ID', () => {
    assert.match(hoverText(cleanCable, 'C O N F'), /CONFIDENTIAL\. From TASHKENT, serial 000578\. Cable ID 08TASHKENT578/);
  });
  test('SIPDIS caption', () => {
    assert.match(hoverText(cleanCable, 'SIPDIS'), /SIPRNet distribution/);
  });
  test('E.O. line: order and declassification date', () => {
    const shownText = hoverText(cleanCable, 'E.O. 12958');
    assert.match(shownText, /E\.O\. 12958: 1995-2010/);
    assert.match(shownText, /Declassify on 21 May 2018 \(10 years after the date-time group\)/);
  });
  test('E.O. line: exemptions and OADR', () => {
    const exempt = hoverText(edit('DECL: 05/21/2018', 'DECL: 1.6X1, X5'), 'E.O.');
    assert.match(exempt, /X1: would reveal an intelligence source/);
    assert.match(exempt, /X5: would reveal foreign government information/);
    assert.match(hoverText(edit('DECL: 05/21/2018', 'DECL: OADR'), 'E.O.'), /Originating Agency's Determination Required/);
  });
  test('TAGS: meaning, kind and provenance; unknown TAGS', () => {
    assert.match(hoverText(cleanCable, 'PGOV'), /TAG PGOV: Internal Governmental Affairs\.\s+subject TAG; source: /);
    assert.match(hoverText(edit('TAGS: PGOV PREL UZ', 'TAGS: PGOV QQQQ UZ'), 'QQQQ'), /not in the table of known TAGS/);
  });
  test('portion mark: level, controls and relation to the banner', () => {
    assert.match(hoverText(cleanCable, '(C) Summary'), /this portion is CONFIDENTIAL\. The cable is CONFIDENTIAL/);
    const above = hoverText(edit('¶2. (C)', '¶2. (S//NF)'), '(S//NF)');
    assert.match(above, /SECRET\. This is above the cable's classification CONFIDENTIAL/);
    assert.match(above, /NF: NOFORN/);
  });
  test('Classified By: the E.O. category of each reason letter', () => {
    const whole = hoverText(cleanCable, 'Classified By');
    assert.match(whole, /section 1\.4/);
    assert.match(whole, /\(b\) foreign government information/);
    assert.match(whole, /\(d\) foreign relations or foreign activities of the US/);
    assert.match(hoverText(cleanCable, '(B,D)', 3), /Reason \(d\) foreign relations/);
    assert.match(hoverText(edit('1.4 (B,D)', '1.5 (B,D)'), '(B,D)', 1), /Reason \(b\) foreign government information \(E\.O\. 12958 \(1995\), section 1\.5\)/);
  });
  test('garbled paragraph number', () => {
    const text = edit('¶2. (C) Naderi traveled to Tashkent.', '¶2. (C) Naderi traveled to Tashkent.\n\n13. (C) More.\n\n14. (C) Yet more.');
    assert.match(hoverText(text, '13.'), /Paragraph 3: written 13\., the pilcrow ¶ came back as the digit 1; it reads ¶3\.\./);
  });
});

describe('hover on references', () => {
  const text = edit('REF: TASHKENT 123', 'REF: A. TASHKENT 123\nB. 07 STATE 4567', edit('Naderi traveled to Tashkent.', 'Naderi traveled to Tashkent (REF A, reftel).'));
  test('an item naming a cable in the workspace', () => {
    const shownText = hoverText(text, 'TASHKENT 123', 0, workspaceWith({ '08TASHKENT123': 'file:///w/08TASHKENT123.txt' }));
    assert.match(shownText, /Reference A TASHKENT 123: cable 08TASHKENT123, in the workspace/);
    assert.match(shownText, /Mentioned 2 time\(s\)/);
  });
  test('an item naming a cable the workspace does not have', () => {
    assert.match(hoverText(text, 'STATE 4567'), /cable 07STATE4567, not in this workspace/);
  });
  test('a mention in the text shows the item', () => {
    assert.match(hoverText(text, 'REF A', 4), /Reference A TASHKENT 123: cable 08TASHKENT123/);
    const reftel = hoverText(text, 'reftel');
    assert.match(reftel, /Reference A/);
    assert.match(reftel, /Reference B/);
  });
  test('a mention of a letter the list does not have', () => {
    assert.match(hoverText(edit('(REF A, reftel)', '(REF C)', text), 'REF C', 4), /no such item/);
  });
});

describe('hover safety', () => {
  const hostile = [
    '[x](command:workbench.action.terminal.new)',
    '<img src=x onerror=alert(1)>',
    '``` `$(terminal)` &lt;',
  ];
  test('the inertness check rejects live Markdown', () => {
    for (const text of hostile) assert.equal(isInertMarkdown(`**Title** ${text}`), false, text);
  });
  test('cable text in every hover of a hostile cable stays inert', () => {
    let text = cleanCable;
    text = edit('TAGS: PGOV PREL UZ', `TAGS: PGOV [${hostile[0]}](#) ${hostile[1].replace(/ /g, '_')} UZ`, text);
    text = edit('REF: TASHKENT 123', `REF: A. ${hostile[1]} B. ${hostile[2]} C. ${hostile[0]}`, text);
    text = edit('Political Officer Tim Buckley', hostile.join(' '), text);
    text = edit('FM AMEMBASSY TASHKENT', `FM ${hostile[0]}`, text);
    text = edit('E.O. 12958: DECL: 05/21/2018', `E.O. 12958: DECL: ${hostile[2]}`, text);
    text = edit('¶2. (C) Naderi', `${hostile[1]}\n\n¶2. (C) ${hostile[0]} (REF C) Naderi`, text);
    const file = parseCableFile(text);
    const lines = text.split('\n');
    let hovers = 0;
    for (let line = 0; line < lines.length; line++) {
      for (let character = 0; character <= lines[line].length; character++) {
        const result = hover(file, text, { line, character });
        if (!result) continue;
        hovers++;
        const value = (result.contents as { value: string }).value;
        assert.ok(isInertMarkdown(value), `line ${line}:${character}: ${value}`);
      }
    }
    assert.ok(hovers > 100, `${hovers} hovers checked`);
  });
  test('no hover outside a cable', () => {
    assert.equal(hover(parseCableFile(`\n\n${cleanCable}`), `\n\n${cleanCable}`, { line: 0, character: 0 }), null);
  });
});
