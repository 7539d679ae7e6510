import { z } from 'zod';

/** Every error the API returns carries one of these codes; the UI translates codes, not messages. */
export const ErrorCode = {
  badRequest: 'bad_request',
  validation: 'validation_failed',
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  accessEnded: 'access_ended',
  notFound: 'not_found',
  tooManyRequests: 'too_many_requests',
  conflict: 'conflict',
  payloadTooLarge: 'payload_too_large',
  internal: 'internal_error',
  // Onboarding (server/onboarding): an invitation link that is no longer or never was good, a weak password.
  invitationNotFound: 'invitation_not_found',
  invitationUsed: 'invitation_used',
  invitationExpired: 'invitation_expired',
  passwordTooCommon: 'password_too_common',
  /** The session was ended by a deactivation: the device removes the association's data. */
  sessionRevoked: 'session_revoked',
  // Open shifts (issue 17): someone else claimed it first; the claimant lacks a skill the shift needs.
  alreadyTaken: 'already_taken',
  missingSkill: 'missing_skill',
  // Web Push: the browser's push service is not an https address.
  badPushEndpoint: 'bad_push_endpoint',
  /** A calendar feed's token that is revoked, replaced, tampered with or malformed (issue 17). */
  feedNotFound: 'feed_not_found',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const httpStatusOf: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429 | 500> = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  access_ended: 403,
  not_found: 404,
  too_many_requests: 429,
  conflict: 409,
  payload_too_large: 413,
  internal_error: 500,
  invitation_not_found: 404,
  invitation_used: 410,
  invitation_expired: 410,
  password_too_common: 400,
  session_revoked: 401,
  already_taken: 409,
  missing_skill: 422,
  bad_push_endpoint: 400,
  feed_not_found: 404,
};

export const issueSchema = z.object({ path: z.string(), code: z.string(), message: z.string() });
export type Issue = z.infer<typeof issueSchema>;

export const errorBodySchema = z.object({
  code: z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]),
  message: z.string(),
  details: z.array(issueSchema).optional(),
  requestId: z.string().optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Issue[] | undefined;
  constructor(code: ErrorCode, message: string, details?: Issue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

/** Turns zod issues into the flat `{path, code, message}` list the API and the forms share. */
export function issuesFromZod(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message }));
}
