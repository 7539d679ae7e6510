import { z } from 'zod';
import { confirmClaimSchema, openShiftSchema, publishOpenShiftSchema } from '../../shared/open-shifts/schema';
import { pushSubscriptionSchema, unsubscribeSchema } from '../../shared/web-push/schema';
import type { Op } from '../openapi/document';

const claimAnswer = z.object({
  shift: openShiftSchema,
  warnings: z.array(z.object({ rule: z.string(), paragraph: z.string(), date: z.string() })),
});
const taken = { 409: 'Taken by someone else, withdrawn, or not in the state the action needs' };

/** Open shifts and Web Push (issue 17, points 1 and 3). */
export const openShiftOperations: Op[] = [
  {
    method: 'post',
    path: '/api/open-shifts',
    summary: 'Publish an open shift that qualified staff may claim (assignments.plan)',
    auth: true,
    body: publishOpenShiftSchema,
    response: openShiftSchema,
    errors: { 422: 'Nobody active holds all the skills' },
  },
  {
    method: 'post',
    path: '/api/open-shifts/:id/claim',
    summary: 'Claim an open shift; the first valid claim wins (assignments.work-own)',
    auth: true,
    response: claimAnswer,
    errors: { ...taken, 422: 'The caller lacks a skill the shift needs' },
  },
  {
    method: 'post',
    path: '/api/open-shifts/:id/confirm',
    summary: 'Confirm a pending claim; past working-time warnings with a reason (assignments.plan)',
    auth: true,
    body: confirmClaimSchema,
    response: claimAnswer,
    errors: taken,
  },
  {
    method: 'post',
    path: '/api/open-shifts/:id/decline',
    summary: 'Decline a pending claim: the shift is open again (assignments.plan)',
    auth: true,
    response: openShiftSchema,
    errors: taken,
  },
  {
    method: 'post',
    path: '/api/open-shifts/:id/withdraw',
    summary: 'Withdraw a shift nobody holds yet (assignments.plan)',
    auth: true,
    response: openShiftSchema,
    errors: taken,
  },
  {
    method: 'get',
    path: '/api/push/key',
    summary: "The server's VAPID public key (base64url) for PushManager.subscribe",
    auth: true,
    response: z.object({ publicKey: z.string() }),
  },
  {
    method: 'post',
    path: '/api/push/subscribe',
    summary: "Store this browser's push subscription for the caller (https endpoints only)",
    auth: true,
    body: pushSubscriptionSchema,
    response: z.object({ subscribed: z.boolean() }),
  },
  {
    method: 'post',
    path: '/api/push/unsubscribe',
    summary: "Remove one of the caller's push subscriptions",
    auth: true,
    body: unsubscribeSchema,
    response: z.object({ subscribed: z.boolean(), removed: z.number() }),
  },
];
