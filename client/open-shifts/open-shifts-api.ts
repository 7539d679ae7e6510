import type { ClaimResponse } from '../../shared/open-shifts/schema';
import { browserTransport, callJson, type Transport } from '../api/http';

/** A claim is an online action: the server decides who was first (server/open-shifts/claim.ts). */
export function claimShift(id: string, transport: Transport = browserTransport): Promise<ClaimResponse> {
  return callJson<ClaimResponse>(transport, `/api/open-shifts/${id}/claim`, { method: 'POST', body: '{}' });
}
