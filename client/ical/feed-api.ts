import { type FeedStatus, feedStatusSchema, type NewFeed, newFeedSchema } from '../../shared/ical/schemas';
import { browserTransport, callJson, type Transport } from '../api/http';

export async function fetchFeedStatus(transport: Transport = browserTransport): Promise<FeedStatus> {
  return feedStatusSchema.parse(await callJson(transport, '/api/account/ical'));
}

/** A new link; any earlier one stops working at once. */
export async function makeFeed(transport: Transport = browserTransport): Promise<NewFeed> {
  return newFeedSchema.parse(await callJson(transport, '/api/account/ical', { method: 'POST' }));
}

export async function revokeFeed(transport: Transport = browserTransport): Promise<FeedStatus> {
  return feedStatusSchema.parse(await callJson(transport, '/api/account/ical/revoke', { method: 'POST' }));
}

/** The address calendar apps subscribe to; `webcal:` makes phones offer "subscribe" instead of a download. */
export function feedLinks(path: string, origin: string): { https: string; webcal: string } {
  const https = new URL(path, origin).toString();
  return { https, webcal: https.replace(/^https?:/, 'webcal:') };
}
