// Hovers on the transmission header: VZCZC, precedence digraph, routing indicators, DE line,
// security line, DTG, FM and the addressees.
import type { Address, Cable, Dtg, Token } from '../parser/model';
import { prosignPrecedence, routingIndicatorNames, tables } from '../parser/tables';
import { stationOfOriginator } from '../parser/cableId';
import { bullets, code, joinMarkdown, md, type Markdown } from './markdown';
import { deMoment, describeOffset, dtgMoment, formatMoment, precedenceFacts } from './decode';
import { targetOn, written, type HoverContext, type HoverTarget } from './hoverTargets';

const sharedIndicators: Record<string, string> = tables.routingIndicatorsShared;
const securityWords: { prosigns: Record<string, string>; groups: Record<string, string> } = tables.securityWarning;
const operatingSignals = tables.operatingSignals as unknown as Record<string, { meaning: string; verified: boolean }>;
const precedenceCount = tables.precedence.order.length;

export function headerTargets({ cable, lines }: HoverContext): HoverTarget[] {
  const h = cable.header;
  const targets: HoverTarget[] = [];
  if (h.transmissionId) targets.push(...targetOn(h.transmissionId, () => transmissionId(h.transmissionId!)));
  if (h.precedenceDigraph) {
    const { digraph, routingIndicators } = h.precedenceDigraph;
    targets.push(...targetOn(digraph, () => precedenceDigraph(digraph, h.dtg)));
    for (const ri of routingIndicators) targets.push(...targetOn(ri, () => routingIndicator(ri, 'relay station the cable was routed through')));
  }
  if (h.de) targets.push({ range: h.de.range, render: () => deLine(cable) });
  if (h.security) targets.push({ range: h.security.range, render: () => securityLine(cable, lines[h.security!.range.start.line] ?? '') });
  if (h.dtg) targets.push({ range: h.dtg.range, render: () => dtg(h.dtg!) });
  if (h.from) targets.push(...targetOn(h.from, () => md`**Originator** ${code(written(h.from!))}: the sending post; its station in the cable ID is ${stationOfOriginator(h.from!.text)}.`));
  for (const address of [...h.to, ...h.info, ...h.xmt]) targets.push(...addressTargets(address, h.dtg));
  return targets;
}

function transmissionId(id: Token & { wellFormed: boolean }): Markdown {
  const m = /^VZCZC([A-Z]{3})(\d{3,4})$/.exec(id.text);
  const parts = m ? md` Channel ${code(m[1])}, sequence number ${code(m[2])}.` : md` It does not have the usual shape VZCZC + three letters + three or four digits.`;
  return md`**Transmission identifier** ${code(written(id))}: start of transmission (V) and start of message (ZCZC).${parts}`;
}

function precedenceName(letter: string): string {
  const word = prosignPrecedence[letter];
  return word ? `${word} (rank ${precedenceFacts(word).rank} of ${precedenceCount})` : 'not a precedence letter';
}

function precedenceDigraph(digraph: Token, dtgLine: Dtg | undefined): Markdown {
  const letter = digraph.text[0];
  const known = digraph.text[1] === letter && prosignPrecedence[letter];
  const meaning = known ? md`${precedenceName(letter)}: the highest precedence of any addressee, written twice.` : md`not a precedence digraph (ZZ FLASH, OO IMMEDIATE, PP PRIORITY, RR ROUTINE).`;
  const dtgLetter = dtgLine?.precedences[0]?.text;
  const agreement = known && dtgLetter ? (dtgLetter === letter ? md` It agrees with the date-time group.` : md` The date-time group says ${code(dtgLetter)} (${precedenceName(dtgLetter)}).`) : md``;
  return md`**Precedence digraph** ${code(written(digraph))}: ${meaning}${agreement}`;
}

function routingIndicator(ri: Token, role: string): Markdown {
  const name = routingIndicatorNames.get(ri.text);
  const shared = sharedIndicators[ri.text];
  const lines = [
    md`**Routing indicator** ${code(written(ri))} (${role}): ${name ?? 'not in the table of known routing indicators'}.`,
    ...(shared ? [md`Shared: ${shared}.`] : []),
  ];
  return joinMarkdown(lines);
}

function deLine(cable: Cable): Markdown {
  const de = cable.header.de!;
  const title = md`**DE line** (originating station, serial, part, time of transmission)`;
  if (!de.wellFormed) return md`${title}: does not read as ${code('DE <routing indicator> #NNNN[/NN] DDDHHMM')}.`;
  const items: Markdown[] = [];
  if (de.station) items.push(md`${code(de.station.text)}: ${routingIndicatorNames.get(de.station.text) ?? 'a routing indicator not in the table'}`);
  if (de.serial) {
    const banner = cable.banner?.serial;
    items.push(md`${code(`#${de.serial.text}`)}: the station's serial number, which is the cable's serial modulo 10,000${banner ? md` (banner serial ${code(banner.text)})` : md``}`);
  }
  if (de.part) items.push(md`${code(`/${de.part.text}`)}: part ${Number(de.part.text)} (the header of section ${Number(de.part.text)})`);
  if (de.julian) items.push(md`${code(de.julian.text)}: ${julianReading(cable)}`);
  return joinMarkdown([title, bullets(items)]);
}

function julianReading(cable: Cable): Markdown {
  const { de, dtg: released } = cable.header;
  const day = de!.julianDay!;
  const time = `${de!.julian!.text.slice(3, 5)}:${de!.julian!.text.slice(5, 7)} UTC`;
  const sent = deMoment(de!, released);
  if (!sent) return md`day ${day} of the year, ${time}`;
  return md`day ${day} of ${sent.year}, ${time} → sent ${formatMoment(sent)}, ${describeOffset(sent.minutesAfterDtg)} the date-time group`;
}

function securityLine(cable: Cable, lineText: string): Markdown {
  const security = cable.header.security!;
  const items: Markdown[] = [md`${code(security.prosign.text)}: ${securityWords.prosigns[security.prosign.text] ?? 'not a security prosign'}`];
  if (security.group) items.push(md`${code(written(security.group))}: ${securityWords.groups[security.group.text] ?? 'not a classification group (UUUUU, EEEEE, CCCCC, SSSSS, TTTTT)'}`);
  const tailStart = (security.group ?? security.prosign).range.end.character;
  for (const word of lineText.slice(tailStart).match(/\bZ[A-Z]{2}\d?\b/g) ?? []) {
    const signal = operatingSignals[word.slice(0, 3)];
    if (signal) items.push(md`${code(word)}: operating signal, ${signal.meaning}${signal.verified ? '' : ' (meaning not verified)'}`);
  }
  return joinMarkdown([md`**Security line**: whether the traffic is encrypted, and its classification`, bullets(items)]);
}

function dtg(group: Dtg): Markdown {
  const moment = dtgMoment(group);
  const when = moment
    ? md`${formatMoment(moment)}: when the cable was released (Z = Zulu time, UTC).`
    : md`not a real date and time (expected DDHHMMZ MON YY).`;
  const [action, info] = group.precedences;
  const precedence = action
    ? info
      ? md` Precedence ${code(action.text)} for action addressees: ${precedenceName(action.text)}; ${code(info.text)} for information addressees: ${precedenceName(info.text)}.`
      : md` Precedence ${code(action.text)}: ${precedenceName(action.text)}.`
    : md``;
  return md`**Date-time group** ${code(`${group.dayToken.text}${group.timeToken.text}Z ${group.monthToken.text} ${group.yearToken.text}`)}: ${when}${precedence}`;
}

const addressRoles: Record<Address['kind'], string> = {
  TO: 'action addressees',
  INFO: 'information addressees',
  XMT: 'posts of a collective that must not receive the cable',
};

function addressTargets(address: Address, released: Dtg | undefined): HoverTarget[] {
  const targets: HoverTarget[] = [
    { range: address.range, render: () => md`**Addressee** ${code(written(address.name))} (${addressRoles[address.kind]})` },
    ...targetOn(address.keyword, () => md`**${address.kind}**: ${addressRoles[address.kind]}, one per line.`),
    ...targetOn(address.routingIndicator, () => (/^R/.test(address.routingIndicator!.text) ? routingIndicator(address.routingIndicator!, 'of this addressee') : md`${code(address.routingIndicator!.text)}: ${operatingSignals[address.routingIndicator!.text]?.meaning ?? 'in place of a routing indicator'}.`)),
    ...targetOn(address.mcn, () => md`**Message continuity number** ${code(written(address.mcn!))}: the sending post's running number for this addressee${address.mcn!.text.includes('-') ? ' (a range: one number per section)' : ''}.`),
  ];
  if (address.precedence && address.precedenceWord) {
    const facts = precedenceFacts(address.precedenceWord);
    const dtgLetter = released?.precedences[0]?.text;
    const spelling = address.misspeltPrecedence ? md` Misspelt: read as ${facts.word}.` : md``;
    const note = facts.note ? md` ${facts.note[0].toUpperCase()}${facts.note.slice(1)}.` : md``;
    const versus = dtgLetter ? md` The date-time group's precedence is ${code(dtgLetter)}.` : md``;
    targets.push({
      range: address.precedence.range,
      render: () => md`**Precedence** ${code(written(address.precedence!))}: ${facts.word}, rank ${facts.rank} of ${precedenceCount}, sent with prosign ${code(facts.prosign)}.${note}${spelling}${versus}`,
    });
  }
  return targets;
}
