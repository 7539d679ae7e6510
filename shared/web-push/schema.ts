import { z } from 'zod';

const base64url = z.string().regex(/^[A-Za-z0-9_-]+=*$/, 'must be base64url');

/** A browser's PushSubscription as `toJSON()` gives it; the scheme of the endpoint is checked on the server. */
export const pushSubscriptionSchema = z
  .object({
    endpoint: z.url().max(2000),
    expirationTime: z.number().nullable().optional(),
    keys: z.object({ p256dh: base64url.min(80).max(100), auth: base64url.min(16).max(30) }).strict(),
  })
  .strict();
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionSchema>;

export const unsubscribeSchema = z.object({ endpoint: z.url().max(2000) }).strict();

export type PushKeyResponse = { publicKey: string };
export type PushStatusResponse = { subscribed: boolean };
