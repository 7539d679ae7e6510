import type { Municipality, ServiceType, Site } from '../../shared/masterdata/schemas';
import { clockText } from './clock-text';
import { markerText } from './marker-text';
import type { Marker, MarkerKind } from './markers';
import { pt } from './texts';

/**
 * What a chip shows, as plain strings: made once per data change (grid-rows.ts), so drawing a chip while
 * scrolling formats nothing and looks nothing up.
 */
export type ChipView = {
  key: string;
  kind: MarkerKind;
  marker: Marker;
  /** What the chip shows: an assignment's times and, on a second line, its municipality; else the marker's text. */
  text: string;
  /**
   * An assignment's accessible name: the text seen, then site, service type and "cancelled" (WCAG 2.5.3: the
   * name starts with what is seen). A label instead of hidden text keeps a chip at two nodes.
   */
  label: string;
  /** The assignment a chip stands for; null for markers that are text only. */
  assignmentId: string | null;
  cancelled: boolean;
};

/** Master data by id, made once per change (Lookups finds by scanning, which is fine once but not per chip). */
type Named = Pick<Municipality | Site | ServiceType, 'id' | 'name'>;
export type Names = {
  municipality: ReadonlyMap<string, Named>;
  site: ReadonlyMap<string, Named>;
  serviceType: ReadonlyMap<string, Named>;
};

export const namesOf = (rows: {
  municipalities: readonly Named[];
  sites: readonly Named[];
  serviceTypes: readonly Named[];
}): Names => ({
  municipality: new Map(rows.municipalities.map((r) => [r.id, r])),
  site: new Map(rows.sites.map((r) => [r.id, r])),
  serviceType: new Map(rows.serviceTypes.map((r) => [r.id, r])),
});

export function chipView(m: Marker, names: Names, timeZone: string): ChipView {
  const a = m.assignment;
  if (!a) {
    const text = markerText(m);
    return { key: m.key, kind: m.kind, marker: m, text, label: '', assignmentId: null, cancelled: false };
  }
  const cancelled = a.status === 'cancelled';
  const site = names.site.get(a.siteId)?.name ?? '';
  const service = names.serviceType.get(a.serviceTypeId)?.name ?? '';
  const clock = clockText(timeZone);
  const times = `${clock(a.plannedStart)}–${clock(a.plannedEnd)}`;
  const place = names.municipality.get(a.municipalityId)?.name ?? '';
  return {
    key: m.key,
    kind: m.kind,
    marker: m,
    text: `${times}\n${place}`,
    label: `${times} ${place}, ${site}, ${service}${cancelled ? `, ${pt('cancelled')}` : ''}`,
    assignmentId: a.id,
    cancelled,
  };
}
