import type { ClientRecord } from '../sync/client-record';
import { municipalityRows, personRows, serviceTypeRows, siteRows } from './master-rows';

// Master data reaches devices read-only: nothing to edit or label.
export const municipalityClient: ClientRecord<'municipalities'> = { ...municipalityRows, labels: {} };
export const siteClient: ClientRecord<'sites'> = { ...siteRows, labels: {} };
export const serviceTypeClient: ClientRecord<'serviceTypes'> = { ...serviceTypeRows, labels: {} };
export const personClient: ClientRecord<'people'> = { ...personRows, labels: {} };
