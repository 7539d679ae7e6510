import { abt } from '../absences/texts';
import { tCode } from '../i18n/i18n';
import type { Marker } from './markers';
import { pt } from './texts';

/** What a marker that is not an assignment says, on the screen and to screen readers alike. */
export function markerText(m: Marker): string {
  if (m.kind === 'attention') return pt('attention', { reason: tCode('reason', m.label, 'reason.other') });
  if (m.kind === 'holiday') return pt('holiday', { name: m.label });
  if (m.kind === 'closure') return pt(m.part === 'half' ? 'closureHalf' : 'closure', { name: m.label });
  if (m.kind === 'absence' && m.absence) {
    const kind = m.absence.kind;
    const what = kind ? pt('absentKind', { kind: abt(`kind.${kind}`) }) : pt('absent');
    const shown = m.absence.status === 'requested' ? pt('absentRequested', { what }) : what;
    return m.label ? `${shown} ${m.label}` : shown;
  }
  return m.label;
}
