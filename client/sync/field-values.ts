import type { Lookups } from '../masterdata/lookups';
import { formatDate, type MessageKey, t } from '../i18n/i18n';

const labels: Record<string, MessageKey> = {
  date: 'entry.date',
  start: 'entry.start',
  end: 'entry.end',
  breakMinutes: 'entry.break',
  municipalityId: 'entry.municipality',
  siteId: 'assignment.site',
  serviceTypeId: 'entry.serviceType',
  assignmentId: 'entry.assignment',
  note: 'entry.note',
  state: 'assignment.status',
  status: 'assignment.status',
  workerNotes: 'assignment.notes',
  task: 'assignment.task',
};

export const fieldLabel = (field: string): string => (labels[field] ? t(labels[field]) : field);

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
export const summaryFields = ['date', 'start', 'end', 'breakMinutes', 'municipalityId', 'serviceTypeId', 'status', 'workerNotes', 'note'];
