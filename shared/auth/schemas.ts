import { z } from 'zod';
import { capabilities } from '../capabilities/capabilities';
import { roleSchema } from '../capabilities/role-schema';
import { idSchema } from '../ids/ids';
import { textSchema } from '../text/text';

export const loginRequestSchema = z.object({
  email: z.email().max(254),
  password: textSchema(200).min(1),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionUserSchema = z.object({
  id: idSchema,
  associationId: idSchema,
  associationName: z.string(),
  timeZone: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(roleSchema),
  capabilities: z.array(z.enum(capabilities)),
  /**
   * The municipality a contact speaks for (null for everyone else): her device knows it before any request of
   * hers has arrived. Optional: a person stored on a device before this field came has none until the next check.
   */
  municipalityId: idSchema.nullable().optional(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const meResponseSchema = z.object({ user: sessionUserSchema });
export const MIN_PASSWORD_LENGTH = 10;
export const passwordSchema = textSchema(200).min(MIN_PASSWORD_LENGTH);
