// Hover: decodes what a reader cannot read at a glance (dates, precedence, routing indicators,
// classification, TAGS, E.O. and REF items). Hover text is untrusted Markdown: all cable text in
// it goes through markdown.ts.
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { Banner, Cable, CableFile, Caption, PortionMark, Position, Reference } from '../parser/model';
import { knownExecutiveOrders, knownTags, levelRank, tables } from '../parser/tables';
import { bullets, code, joinMarkdown, md, type Markdown } from './markdown';
import { dtgMoment, exemptions, formatDate, portionControls, reasonCategories } from './decode';
import { headerTargets } from './hoverHeader';
import { shortened, targetOn, written, type HoverContext, type HoverTarget } from './hoverTargets';
import { compareRangeSize, containsPosition } from './ranges';
import { findRefMentions, mentionTargets } from './refMentions';
import { cableAtLine, documentLines } from './structure';
import { noWorkspaceCables, type WorkspaceCables } from './workspaceCables';

export function hover(file: CableFile, text: string, position: Position, workspace: WorkspaceCables = noWorkspaceCables): Hover | null {
  const cable = cableAtLine(file.cables, position.line);
  if (!cable) return null;
  const context: HoverContext = { file, cable, lines: documentLines(text), workspace };
  const under = allTargets(context, position.line).filter((t) => containsPosition(t.range, position));
  if (under.length === 0) return null;
  const target = under.reduce((best, t) => (compareRangeSize(t.range, best.range) < 0 ? t : best));
  const value = target.render().value;
  return value ? { contents: { kind: MarkupKind.Markdown, value }, range: target.range } : null;
}

function allTargets(context: HoverContext, line: number): HoverTarget[] {
  return [...headerTargets(context), ...bodyTargets(context, line)];
}

const captionMeanings: [RegExp, string][] = Object.entries(tables.captions as Record<string, string>).map(([caption, meaning]) => [
  new RegExp(`\\b${caption.replace(/\s+/g, '').split('').join('\\s*')}\\b`, 'i'),
  meaning,
]);
const declMarkers: Record<string, string> = tables.declassificationMarkers;
const executiveOrders: Record<string, string> = tables.executiveOrders;
const tagInfo = tables.tagInfo as Record<string, { kind: string; source: string }>;

function bodyTargets(context: HoverContext, line: number): HoverTarget[] {
  const { cable } = context;
  const targets: HoverTarget[] = [];
  for (const banner of [cable.banner, ...cable.repeatedBanners]) if (banner) targets.push({ range: banner.range, render: () => bannerText(cable, banner) });
  for (const caption of cable.captions) targets.push(...captionTargets(caption));
  if (cable.eo) targets.push({ range: cable.eo.range, render: () => eoText(cable) });
  if (cable.tags) {
    const tags = cable.tags;
    targets.push(...targetOn(tags.prefix, () => md`**TAGS** (Traffic Analysis by Geography and Subject): ${tags.tags.length} TAG(s) that file the cable by country, subject, program, organisation or person.`));
    for (const tag of tags.tags) targets.push(...targetOn(tag, () => tagText(tag.text)));
  }
  if (cable.subject?.portionMark) targets.push(portionMarkTarget(cable, cable.subject.portionMark));
  if (cable.references) {
    const references = cable.references;
    targets.push(...targetOn(references.keyword, () => md`**REF**: the cables and other documents this cable refers to (${references.items.length} item(s)).`));
    for (const item of references.items) targets.push({ range: item.range, render: () => referenceText(context, item) });
  }
  if (cable.classifiedBy) targets.push(...classifiedByTargets(cable));
  for (const paragraph of cable.paragraphs) {
    targets.push(...targetOn(paragraph.numberToken, () =>
      paragraph.garbledPilcrow
        ? md`**Paragraph ${paragraph.number}**: written ${code(paragraph.numberToken.text)}, the pilcrow ¶ came back as the digit 1; it reads ${code(`¶${paragraph.number}.`)}.`
        : md`**Paragraph ${paragraph.number}**${paragraph.heading !== undefined ? md` in the section ${code(written(cable.headings[paragraph.heading]))}` : md``}.`,
    ));
    if (paragraph.portionMark) targets.push(portionMarkTarget(cable, paragraph.portionMark));
  }
  for (const marker of cable.pageMarkers) {
    targets.push({
      range: marker.range,
      render: () => md`**Page marker**: page ${marker.page}${marker.pages ? ` of ${marker.pages}` : ''} of ${marker.station.text} ${Number(marker.serial.text)}, a printed page break and not part of the text.`,
    });
  }
  targets.push(...targetOn(cable.signature, () => md`**Signature** ${code(written(cable.signature!))}: the officer who approved the cable (the ambassador or chargé, the Secretary for Washington cables).`));
  targets.push(...mentionHoverTargets(context, line));
  return targets;
}

function bannerText(cable: Cable, banner: Banner): Markdown {
  const section = banner.sectionNumber !== undefined ? md` Section ${banner.sectionNumber} of ${banner.sectionTotal ?? '?'}.` : md``;
  const id = banner === cable.banner && cable.id ? md` Cable ID ${code(cable.id)}.` : md``;
  const station = banner.station && banner.serial ? md` From ${code(written(banner.station))}, serial ${code(banner.serial.text)}.` : md``;
  return md`**Classification banner**: ${banner.level}${banner.efto ? ' (EFTO: encrypt for transmission only)' : ''}.${section}${station}${id}`;
}

function captionTargets(caption: Caption): HoverTarget[] {
  if (caption.kind === 'passing') {
    return [{ range: caption.range, render: () => md`**Passing line**: tells the receiving message centre who should get the cable.` }];
  }
  const meanings = captionMeanings.filter(([pattern]) => pattern.test(caption.text)).map(([, meaning]) => meaning);
  if (meanings.length === 0) return [];
  return [{ range: caption.range, render: () => joinMarkdown([md`**Caption** ${code(written(caption))}`, bullets(meanings)]) }];
}

function eoText(cable: Cable): Markdown {
  const eo = cable.eo!;
  const order = eo.order?.text;
  const orderText = order && knownExecutiveOrders.has(order) ? md`**E.O. ${order}**: ${executiveOrders[order]}.` : md`**E.O. ${order ?? ''}**: not one of the classification orders 11652, 12065, 12356, 12958, 13526.`;
  return joinMarkdown([orderText, declassification(cable)]);
}

function declassification(cable: Cable): Markdown {
  const eo = cable.eo!;
  const instruction = eo.instruction?.text ?? '';
  switch (eo.declKind) {
    case 'date': {
      const released = cable.header.dtg && dtgMoment(cable.header.dtg);
      const years = released ? md` (${eo.declDate!.year - released.year} years after the date-time group)` : md``;
      return md`Declassify on ${formatDate(eo.declDate!)}${years}.`;
    }
    case 'na':
      return md`${code('N/A')}: ${declMarkers['N/A']}.`;
    case 'oadr':
      return md`${code('OADR')}: ${declMarkers.OADR}.`;
    case 'exempt': {
      const codes = [...new Set(instruction.toUpperCase().match(/X[1-8]/g) ?? [])];
      return joinMarkdown([md`Exempt from automatic declassification under E.O. 12958 section 1.6(d):`, bullets(codes.map((x) => md`${code(x)}: ${exemptions[x]}`))]);
    }
    case 'none':
      return md`No declassification instruction.`;
    default:
      if (eo.badDate) return md`${code(written(eo.badDate))} cannot be read as a date (expected MM/DD/YYYY or YYYY/MM/DD).`;
      if (/\bGDS\b/i.test(instruction)) return md`${code('GDS')}: ${declMarkers.GDS}.`;
      if (/\bDNG\b/i.test(instruction)) return md`${code('DNG')}: ${declMarkers['DNG: CO MM/DD/YYYY']}.`;
      if (/\bMR\b/.test(instruction)) return md`${code('MR')}: ${declMarkers['DECL: MR']}.`;
      return md`Declassification instruction in words: ${code(shortened(instruction.replace(/^DECL\w*\s*:?\s*/i, '')))}.`;
  }
}

function tagText(text: string): Markdown {
  const upper = text.toUpperCase();
  const tag = knownTags.has(upper) ? upper : upper.split(/[\s(]/)[0];
  const meaning = knownTags.get(tag);
  if (!meaning) return md`**TAG** ${code(shortened(text))}: not in the table of known TAGS.`;
  const info = tagInfo[tag];
  const tentative = info && /not re-verified/.test(info.source) ? ' (tentative)' : '';
  const source = info ? md`\n\n${info.kind} TAG; source: ${info.source}.` : md``;
  const person = tag !== upper ? md` Here with ${code(shortened(text.slice(tag.length).trim()))}.` : md``;
  return md`**TAG** ${code(tag)}: ${meaning}${tentative}.${person}${source}`;
}

function portionMarkTarget(cable: Cable, mark: PortionMark): HoverTarget {
  return { range: mark.range, render: () => portionMarkText(cable, mark) };
}

function portionMarkText(cable: Cable, mark: PortionMark): Markdown {
  const title = md`**Portion mark** ${code(mark.text)}`;
  if (mark.level === undefined) return md`${title}: does not read as a classification (levels U, SBU, C, S, TS).`;
  const damaged = mark.wellFormed ? md`` : md` A damaged mark, read as ${mark.level}.`;
  const banner = cable.banner;
  const relation = !banner
    ? md``
    : levelRank[mark.level] > levelRank[banner.level]
      ? md` This is above the cable's classification ${banner.level}.`
      : md` The cable is ${banner.level}.`;
  const controls = portionControls(mark);
  return joinMarkdown([md`${title}: this portion is ${mark.level}.${damaged}${relation}`, ...(controls.length ? [bullets(controls)] : [])]);
}

function referenceText({ file, cable, lines, workspace }: HoverContext, item: Reference): Markdown {
  // The letter is in the title, so the quoted text starts after its enumerator (`A.`, `(B)`).
  const quoted = item.letter ? item.text.replace(/^¶?[([]?[A-Za-z][.):\]]*\s*/, '') : item.text;
  const title = md`**Reference${item.letter ? md` ${item.letter.text}` : md``}** ${code(shortened(quoted))}`;
  const mentions = item.letter ? findRefMentions(cable, lines).filter((m) => mentionTargets(cable, m).includes(item)).length : 0;
  const mentioned = !item.letter ? md`` : mentions ? md` Mentioned ${mentions} time(s) in the text.` : md` Not mentioned in the text.`;
  if (!item.cableId) return md`${title}: does not name a cable (an e-mail, a telephone call, a report or a document).${mentioned}`;
  const here = file.cables.some((c) => c.id === item.cableId);
  const where = here
    ? md`in this file.`
    : workspace.has(item.cableId)
      ? md`in the workspace; Go to Definition opens it.`
      : md`not in this workspace.`;
  return md`${title}: cable ${code(item.cableId)}, ${where}${mentioned}`;
}

function classifiedByTargets(cable: Cable): HoverTarget[] {
  const by = cable.classifiedBy!;
  const categories = by.section ? reasonCategories(by.section.text, cable.eo?.order?.text) : undefined;
  const letterText = (letter: string) => {
    const meaning = categories?.letters[letter.toLowerCase()];
    return meaning ? md`(${letter.toLowerCase()}) ${meaning}` : md`(${letter.toLowerCase()}) not a reason letter of this section`;
  };
  const whole = (): Markdown => {
    const who = by.who ? md` ${code(shortened(by.who))}` : md``;
    const reasons = categories
      ? joinMarkdown([md`Reasons under ${categories.source}:`, bullets(by.letters.map((l) => letterText(l.text)))])
      : by.section
        ? md`Section ${code(by.section.text)} is not 1.4 or 1.5.`
        : md`No reason given.`;
    return joinMarkdown([md`**Classified By**${who}: the classifying official and the reasons for classification.`, reasons]);
  };
  return [
    { range: by.range, render: whole },
    ...targetOn(by.section, () => (categories ? md`**Section ${by.section!.text}**: the reasons for classification in ${categories.source}, one letter each.` : md`**Section ${code(by.section!.text)}**: not a section that lists reasons (1.4 or 1.5).`)),
    ...by.letters.map((letter) => ({ range: letter.range, render: () => md`**Reason** ${letterText(letter.text)}${categories ? md` (${categories.source})` : md``}.` })),
  ];
}

function mentionHoverTargets(context: HoverContext, line: number): HoverTarget[] {
  const { cable, lines } = context;
  return findRefMentions(cable, lines, line, line).flatMap((mention) =>
    [{ token: mention.keyword, letter: undefined }, ...mention.letters.map((letter) => ({ token: letter, letter }))].map(({ token, letter }) => ({
      range: letter ? letter.range : mention.range,
      render: () => {
        const items = mentionTargets(cable, mention, letter);
        if (items.length === 0) return md`**${written(token)}**: no such item in this cable's REF list.`;
        return joinMarkdown(items.map((item) => referenceText(context, item)));
      },
    })),
  );
}
