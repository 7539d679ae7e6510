import { z } from 'zod';
import { passwordSchema } from '../auth/schemas';
import { textSchema } from '../text/text';

export const changePasswordSchema = z
  .object({ currentPassword: textSchema(200).min(1), newPassword: passwordSchema })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ['newPassword'],
    message: 'The new password must differ from the current one',
  });
export type ChangePassword = z.infer<typeof changePasswordSchema>;

/** One signed-in device as its owner sees it; `id` is a short handle, never the session key itself. */
export const accountSessionSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  current: z.boolean(),
});
export type AccountSession = z.infer<typeof accountSessionSchema>;
export const accountSessionsResponseSchema = z.object({ sessions: z.array(accountSessionSchema) });
export const endOthersResponseSchema = z.object({ ended: z.number().int() });
