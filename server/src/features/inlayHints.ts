// Inlay hints (off unless `cable.inlayHints.enable`): the decoded date and time after the
// date-time group and after the DE line's Julian day group.
import type { InlayHint } from 'vscode-languageserver-types';
import type { CableFile, Range } from '../parser/model';
import { deMoment, dtgMoment, formatMoment } from './decode';
import { linesOverlap } from './ranges';

export function inlayHints(file: CableFile, range: Range): InlayHint[] {
  const hints: InlayHint[] = [];
  const hint = (at: Range, label: string, tooltip: string) => {
    if (linesOverlap(at, range.start.line, range.end.line)) hints.push({ position: at.end, label, paddingLeft: true, tooltip });
  };
  for (const { header } of file.cables) {
    const released = header.dtg && dtgMoment(header.dtg);
    if (released) hint(header.dtg!.groupRange, formatMoment(released), 'Date-time group: when the cable was released');
    const sent = header.de?.julian && deMoment(header.de, header.dtg);
    if (sent) hint(header.de!.julian!.range, formatMoment(sent), 'DE line: when the cable was transmitted (Julian day and time)');
  }
  return hints;
}
