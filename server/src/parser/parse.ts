// Entry point of the parser: text in, located model out. Never throws; linear in the input.
import type { Banner, Cable, CableFile } from './model';
import { splitLines, isBlank, lineRange, range } from './text';
import { blankLead, lineFacts, type LineFacts } from './lineFacts';
import * as p from './patterns';
import { parseHeader } from './header';
import { bannerAt, continuedSectionBanner, isBannerLine, isBodyLine, parseBody } from './body';
import { resolvePilcrows } from './numbering';
import { deriveCableId } from './cableId';

export function parseCableFile(text: string): CableFile {
  const lines = splitLines(text);
  try {
    const facts = lineFacts(text, lines);
    const cables = splitCables(lines, facts).map(([start, end]) => parseCable(lines, facts, start, end));
    return { cables, lineCount: lines.length };
  } catch (error) {
    // A parser bug must not take the editor down: report an empty model instead.
    console.error(`cable parser failed: ${(error as Error)?.stack ?? error}`);
    return { cables: [], lineCount: lines.length };
  }
}

function parseCable(lines: readonly string[], facts: LineFacts, start: number, end: number): Cable {
  const { header, bodyStart, leadingBanner } = parseHeader(lines, start, end, isBannerLine, isBodyLine, facts.leads);
  const year = header.dtg?.year ?? yearFromPreamble(lines, start, end);
  const body = parseBody(lines, facts, bodyStart, end, leadingBanner, year);
  resolvePilcrows(body.paragraphs);
  const firstLine = firstNonBlank(lines, start, end);
  const lastLine = lastNonBlank(lines, start, end);
  // Built field by field: a spread of `body` gives cables many hidden classes.
  const cable: Cable = {
    range: firstLine <= lastLine ? lineRange(lines, firstLine, lastLine) : range(start, 0, start, 0),
    header,
    banner: body.banner,
    repeatedBanners: body.repeatedBanners,
    captions: body.captions,
    eo: body.eo,
    tags: body.tags,
    subject: body.subject,
    references: body.references,
    classifiedBy: body.classifiedBy,
    paragraphs: body.paragraphs,
    headings: body.headings,
    blocks: body.blocks,
    pageMarkers: body.pageMarkers,
    signature: body.signature,
    level: body.banner?.level ?? header.security?.level,
  };
  cable.id = deriveCableId(cable, year);
  return cable;
}

/** A year for the cable ID when there is no DTG: a partner date line or `Cable dated:` prefix. */
function yearFromPreamble(lines: readonly string[], start: number, end: number): number | undefined {
  for (let i = start; i < end && i < start + 40; i++) {
    const m = p.partnerDateLine.exec(lines[i]) ?? p.cableDatedPrefix.exec(lines[i]);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/**
 * Splits a file holding several cables. A new cable starts at a header line (VZCZC, DE, a
 * partial-extract note, or a DTG line followed by FM) once the current cable has a body
 * (a SUBJECT line or a numbered paragraph).
 */
function splitCables(lines: readonly string[], facts: LineFacts): [number, number][] {
  const { leads } = facts;
  const segments: [number, number][] = [];
  let start = 0;
  let hasBody = false;
  /** The current cable's banner: a later section's repeated header does not start a new cable. */
  let banner: Banner | undefined;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    const lead = leads[i];
    if (lead === blankLead) continue;
    if (hasBody && headerStartLeads.has(lead) && startsHeader(lines, i, lead) && !(banner && continuedSectionBanner(lines, facts, i, lines.length, banner) !== undefined)) {
      const segmentStart = includeDigraphAbove(lines, i);
      segments.push([start, segmentStart]);
      start = segmentStart;
      hasBody = false;
      banner = undefined;
      continue;
    }
    banner ??= bannerAt(lines, facts, i);
    if (!hasBody && (p.gated.paragraphStart.test(text, lead) || (lead === 0x53 /* S */ && /^\s*SUBJECT:/.test(text)))) hasBody = true;
  }
  segments.push([start, lines.length]);
  return segments;
}

/** The first characters of the lines `startsHeader` looks for: one table lookup rules out most lines. */
const headerStartLeads = p.LeadSet.union([p.gated.vzczcLine, p.gated.partialExtractNote, p.gated.deLine, p.gated.dtgLine].map((pattern) => pattern.leads));

function startsHeader(lines: readonly string[], i: number, lead: number): boolean {
  const text = lines[i];
  if (p.gated.vzczcLine.test(text, lead) || p.gated.partialExtractNote.test(text, lead) || p.gated.deLine.test(text, lead)) return true;
  const dtg = p.gated.dtgLine.exec(text, lead);
  return !!dtg && dtg[1] !== undefined && p.fmLine.test(lines[i + 1] ?? '');
}

/** A header that lost its VZCZC line may still open with `PP RUEHWEB` above the DE line. */
function includeDigraphAbove(lines: readonly string[], i: number): number {
  if (!p.gated.deLine.test(lines[i])) return i;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    if (p.digraphLine.test(lines[j])) return j;
    if (!isBlank(lines[j])) break;
  }
  return i;
}

function firstNonBlank(lines: readonly string[], start: number, end: number): number {
  for (let i = start; i < end; i++) if (!isBlank(lines[i])) return i;
  return end;
}

function lastNonBlank(lines: readonly string[], start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) if (!isBlank(lines[i])) return i;
  return start - 1;
}
