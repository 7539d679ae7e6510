import type { AssociationSettings } from '../../shared/masterdata/association-settings';

// Apart from the settings' mutator: create-admin imports this without the sync registry, whose record
// modules import the mutators back (an import cycle that leaves tsx's name helper undefined at start).
/** The settings row of a new association (create-association.ts, the demo seed). */
export const settingsRowFor = (a: {
  id: string;
  name: string;
  timeZone: string;
  country: 'DE' | 'AT';
  state: AssociationSettings['state'];
  rev: number;
  updatedAt: string;
  accessibilityContact?: string;
}) => ({
  id: a.id,
  associationId: a.id,
  rev: a.rev,
  deleted: 0,
  updatedAt: a.updatedAt,
  name: a.name,
  country: a.country,
  state: a.state,
  timeZone: a.timeZone,
  lawPack: a.country === 'DE' ? 'DE-ArbZG' : 'AT-AZG',
  approvalPeriod: 'month',
  accessibilityContact: a.accessibilityContact ?? '',
});
