// The canonical cable ID (`08TASHKENT578`): two-digit year of the DTG, the banner station
// without spaces, and the serial without leading zeros (format-notes section 4).
import type { Cable } from './model';
import { idStationNormalisation } from './tables';

/** Drops the address prefix of an FM line (`AMEMBASSY TASHKENT` → `TASHKENT`). */
export function stationOfOriginator(name: string): string {
  const upper = name.trim().toUpperCase();
  const known = idStationNormalisation.get(upper);
  if (known) return known;
  const bare = upper.replace(/^(?:AMEMBASSY|AMCONSUL|USMISSION|AMEMB|EMBASSY|USLO|USOFFICE)\s+/, '');
  return idStationNormalisation.get(bare) ?? compact(bare);
}

export function stationOfBanner(name: string): string {
  const upper = name.trim().toUpperCase();
  return idStationNormalisation.get(upper) ?? compact(upper);
}

function compact(name: string): string {
  return name.replace(/[\s'’.-]/g, '');
}

export function deriveCableId(cable: Omit<Cable, 'id'>, fallbackYear: number | undefined): string | undefined {
  const year = cable.header.dtg?.year ?? fallbackYear;
  if (year === undefined) return undefined;
  // A media partner may have redacted the banner station (XXXXXXXXXXXX): use FM then.
  const bannerStation = cable.banner?.station && !/^X+$/.test(cable.banner.station.text) ? cable.banner.station : undefined;
  const station = bannerStation
    ? stationOfBanner(bannerStation.text)
    : cable.header.from
      ? stationOfOriginator(cable.header.from.text)
      : undefined;
  const serial = cable.banner?.serial?.text ?? cable.pageMarkers.find((m) => m.serial.text.length === 8)?.serial.text;
  if (!station || !serial) return undefined;
  return `${String(year % 100).padStart(2, '0')}${station}${Number(serial)}`;
}
