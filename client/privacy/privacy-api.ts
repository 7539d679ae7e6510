import { type ErasureResponse, erasureResponseSchema } from '../../shared/privacy/export';
import { browserTransport, callJson, type Transport } from '../api/http';

export const exportHref = (personId: string, format: 'json' | 'csv'): string =>
  `/api/admin/people/${encodeURIComponent(personId)}/export?format=${format}`;

export async function erasePerson(personId: string, transport: Transport = browserTransport): Promise<ErasureResponse> {
  return erasureResponseSchema.parse(
    await callJson(transport, `/api/admin/people/${encodeURIComponent(personId)}/erase`, { method: 'POST' }),
  );
}
