import { z } from 'zod';
import { idSchema } from '../ids/ids';
import { syncedFields } from '../masterdata/schemas';

/**
 * What happened, as a kind; the device renders the words in its language (render.ts), so a notification
 * made while someone reads German shows in English after they switch.
 */
export const notificationKinds = [
  'assignment.assigned',
  'assignment.moved',
  'assignment.cancelled',
  'cover.filled',
  'openShift.claimed',
  'openShift.confirmed',
  'openShift.declined',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** Parameters as plain strings: ISO instants, names, the zone to show times in, ids to link to. */
export const notificationParamsSchema = z.record(z.string().max(100), z.string().max(500));
export type NotificationParams = z.infer<typeof notificationParamsSchema>;

export const notificationEditable = {
  /** When the recipient read it (the device's trusted time); null: unread. */
  readAt: z.iso.datetime().nullable(),
};

export const notificationSchema = z.object({
  ...syncedFields,
  ...notificationEditable,
  personId: idSchema,
  kind: z.enum(notificationKinds),
  params: notificationParamsSchema,
  createdAt: z.iso.datetime(),
});
export type Notification = z.infer<typeof notificationSchema>;

/**
 * What a Web Push message carries: the notification and its words in both languages (rendered by the
 * same function as the inbox, shared/notifications/render.ts), so the service worker needs no code of its own.
 */
export type PushPayload = {
  id: string;
  kind: NotificationKind;
  params: NotificationParams;
  texts: Record<'de' | 'en', { title: string; body: string }>;
};
