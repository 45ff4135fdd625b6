// The parsed model of a cable as plain JSON for `cablelint --format json`: what a script
// reading the output wants (IDs, dates, addressees, paragraphs), not the located tokens.
// Lines are 1-based; missing values are null so every summary has the same shape.
import type { Address, Cable, Dtg, Paragraph, Reference } from '../parser/model';

export interface AddressSummary {
  name: string;
  routingIndicator: string | null;
  precedence: string | null;
}

export interface ParagraphSummary {
  number: number;
  /** The number as written on the line when it differs (a garbled `13.` for ¶3). */
  writtenNumber: number | null;
  marking: string | null;
  line: number;
}

export interface CableSummary {
  id: string | null;
  startLine: number;
  endLine: number;
  classification: string | null;
  /** ISO 8601 in UTC, e.g. `2008-05-21T08:39:00Z`; null when missing or impossible. */
  dtg: string | null;
  origin: string | null;
  to: AddressSummary[];
  info: AddressSummary[];
  tags: string[];
  subject: string | null;
  references: { letter: string | null; text: string; cableId: string | null }[];
  classifiedBy: { who: string | null; section: string | null; letters: string[] } | null;
  paragraphs: ParagraphSummary[];
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export function dtgToIso(dtg: Dtg): string | null {
  if (dtg.month === undefined) return null;
  const time = Date.UTC(dtg.year, dtg.month - 1, dtg.day, dtg.hour, dtg.minute);
  const date = new Date(time);
  // Date.UTC rolls 31 April over into May: only a date that survives the round trip exists.
  const exists =
    date.getUTCFullYear() === dtg.year &&
    date.getUTCMonth() === dtg.month - 1 &&
    date.getUTCDate() === dtg.day &&
    date.getUTCHours() === dtg.hour &&
    date.getUTCMinutes() === dtg.minute;
  if (!exists) return null;
  return `${pad(dtg.year, 4)}-${pad(dtg.month)}-${pad(dtg.day)}T${pad(dtg.hour)}:${pad(dtg.minute)}:00Z`;
}

function summariseAddress(address: Address): AddressSummary {
  return {
    name: address.name.text,
    routingIndicator: address.routingIndicator?.text ?? null,
    precedence: address.precedenceWord ?? address.precedence?.text ?? null,
  };
}

function summariseParagraph(paragraph: Paragraph): ParagraphSummary {
  return {
    number: paragraph.number,
    writtenNumber: paragraph.writtenNumber !== paragraph.number ? paragraph.writtenNumber : null,
    marking: paragraph.portionMark?.text ?? null,
    line: paragraph.numberToken.range.start.line + 1,
  };
}

function summariseReference(reference: Reference) {
  return { letter: reference.letter?.text ?? null, text: reference.text, cableId: reference.cableId ?? null };
}

export function summariseCable(cable: Cable): CableSummary {
  const { header } = cable;
  return {
    id: cable.id ?? null,
    startLine: cable.range.start.line + 1,
    endLine: cable.range.end.line + 1,
    classification: cable.level ?? null,
    dtg: header.dtg ? dtgToIso(header.dtg) : null,
    origin: header.from?.text ?? null,
    to: header.to.map(summariseAddress),
    info: header.info.map(summariseAddress),
    tags: cable.tags?.tags.map((tag) => tag.text) ?? [],
    subject: cable.subject?.text ?? null,
    references: cable.references?.items.map(summariseReference) ?? [],
    classifiedBy: cable.classifiedBy
      ? {
          who: cable.classifiedBy.who ?? null,
          section: cable.classifiedBy.section?.text ?? null,
          letters: cable.classifiedBy.letters.map((letter) => letter.text),
        }
      : null,
    paragraphs: cable.paragraphs.map(summariseParagraph),
  };
}
