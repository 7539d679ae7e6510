import { z } from 'zod';

/** Where people report accessibility barriers: an e-mail address or a web address. */
export const accessibilityContactSchema = z.union([z.email(), z.url({ protocol: /^https?$/ })]);

/** What the operator configured for the accessibility statement (public: the statement needs no login). */
export const aboutResponseSchema = z.object({ accessibilityContact: accessibilityContactSchema.nullable() });
export type AboutResponse = z.infer<typeof aboutResponseSchema>;

/** When the statement's self-assessment was made; change it whenever the statement is reviewed. */
export const STATEMENT_DATE = '2026-11-21';
