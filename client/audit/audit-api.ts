import { type AuditPage, auditPageSchema } from '../../shared/audit/schema';
import { browserTransport, callJson, type Transport } from '../api/http';

/** The filters as the page holds them: empty strings are "any". */
export type AuditFilters = { person: string; table: string; rowId: string; from: string; to: string };

export const noFilters: AuditFilters = { person: '', table: '', rowId: '', from: '', to: '' };

/** The query string of a page of the log; only filters that are set are sent. */
export function auditQuery(filters: AuditFilters, before: string | null): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value.trim() !== '') q.set(key, value.trim());
  if (before) q.set('before', before);
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** One page of the association's audit log; errors as callJson throws them (ApiError with the field, OfflineError). */
export async function fetchAuditPage(
  filters: AuditFilters,
  before: string | null,
  transport: Transport = browserTransport,
): Promise<AuditPage> {
  return auditPageSchema.parse(await callJson(transport, `/api/admin/audit${auditQuery(filters, before)}`));
}
