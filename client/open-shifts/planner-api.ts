import type { ClaimResponse, ConfirmClaim, OpenShift, PublishOpenShift } from '../../shared/open-shifts/schema';
import { browserTransport, callJson, type Transport } from '../api/http';

// Online actions like the claim (server/open-shifts/routes.ts): who may take a shift is decided on the server.
const post = <T>(transport: Transport, path: string, body: unknown = {}): Promise<T> =>
  callJson<T>(transport, `/api/open-shifts${path}`, { method: 'POST', body: JSON.stringify(body) });

export const publishShift = (input: PublishOpenShift, transport: Transport = browserTransport): Promise<OpenShift> =>
  post<OpenShift>(transport, '', input);

export const confirmShift = (
  id: string,
  body: ConfirmClaim,
  transport: Transport = browserTransport,
): Promise<ClaimResponse> => post<ClaimResponse>(transport, `/${id}/confirm`, body);

export const declineShift = (id: string, transport: Transport = browserTransport): Promise<OpenShift> =>
  post<OpenShift>(transport, `/${id}/decline`);

export const withdrawShift = (id: string, transport: Transport = browserTransport): Promise<OpenShift> =>
  post<OpenShift>(transport, `/${id}/withdraw`);
