import type { SyncTable } from '../../shared/sync/protocol';
import type { Lookups } from '../masterdata/lookups';
import { formatDate, type MessageKey, t } from '../i18n/i18n';
import { clientRecords } from './registry';

/** How the sync screens name a field of a table's rows; each type's labels live in its registry entry. */
export function fieldLabel(table: SyncTable, field: string): string {
  const labels: Readonly<Record<string, MessageKey>> = clientRecords[table].labels;
  const key = labels[field];
  return key ? t(key) : field;
}

/** A stored field value as a person reads it: names instead of ids, translated states. */
export function fieldValue(field: string, value: unknown, lookups: Lookups): string {
  if (value === null || value === undefined || value === '') return '—';
  const s = String(value);
  switch (field) {
    case 'municipalityId':
      return lookups.municipality(s)?.name ?? s;
    case 'siteId':
      return lookups.site(s)?.name ?? s;
    case 'serviceTypeId':
      return lookups.serviceType(s)?.name ?? s;
    case 'date':
      return formatDate(s);
    case 'state':
      return s === 'draft' || s === 'submitted' ? t(`hours.state.${s}`) : s;
    case 'status':
      return ['planned', 'started', 'done', 'cancelled'].includes(s) ? t(`status.${s as 'planned'}`) : s;
    default:
      return s;
  }
}

/** The fields worth showing of a record, in a stable order. */
export const summaryFields = [
  'date',
  'start',
  'end',
  'breakMinutes',
  'municipalityId',
  'serviceTypeId',
  'status',
  'workerNotes',
  'note',
];
