import { z } from 'zod';
import {
  invitationCreatedSchema,
  invitationInfoSchema,
  passwordSetResponseSchema,
  personAccessSchema,
  setPasswordRequestSchema,
} from '../../shared/onboarding/schemas';
import type { Op } from '../openapi/document';

const activeSchema = z.object({ active: z.boolean() });
const notHere = { 404: 'No such person in this association' };
const deadLink = { 404: 'Unknown or altered link (invitation_not_found)', 410: 'Used or expired link' };

/** The onboarding routes in the API description (server/openapi/document.ts). */
export const onboardingOperations: Op[] = [
  {
    method: 'get',
    path: '/api/admin/people/:id/access',
    summary: "A person's access: active, password set, open invitation",
    auth: true,
    response: personAccessSchema,
    errors: notHere,
  },
  {
    method: 'post',
    path: '/api/admin/people/:id/invitation',
    summary: 'A one-time link (7 days) to set a password; replaces older open links; mailed when SMTP_URL is set',
    auth: true,
    response: invitationCreatedSchema,
    errors: { ...notHere, 409: 'The person is deactivated' },
  },
  {
    method: 'post',
    path: '/api/admin/people/:id/deactivate',
    summary: 'Deactivate a person: their sessions end, open links stop working, their devices drop the data',
    auth: true,
    response: activeSchema,
    errors: { ...notHere, 409: 'Not yourself' },
  },
  {
    method: 'post',
    path: '/api/admin/people/:id/reactivate',
    summary: 'Let a deactivated person in again',
    auth: true,
    response: activeSchema,
    errors: notHere,
  },
  {
    method: 'get',
    path: '/api/invitations/:token',
    summary: "Whether an invitation link is valid, with the person's and the association's name",
    auth: false,
    response: invitationInfoSchema,
    errors: deadLink,
  },
  {
    method: 'post',
    path: '/api/invitations/:token',
    summary: 'Set the password with an invitation link (once); signs the person in',
    auth: false,
    body: setPasswordRequestSchema,
    response: passwordSetResponseSchema,
    errors: deadLink,
  },
];
