import { feedStatusSchema, newFeedSchema } from '../../shared/ical/schemas';
import type { Op } from '../openapi/document';

/** The calendar feed (issue 17, point 4): its management in My account, and the feed itself. */
export const feedOperations: Op[] = [
  {
    method: 'get',
    path: '/api/account/ical',
    summary: 'Whether I have a calendar feed, and since when (assignments.read-own)',
    auth: true,
    response: feedStatusSchema,
  },
  {
    method: 'post',
    path: '/api/account/ical',
    summary: 'Makes my calendar feed link, replacing any earlier one; the link is answered only now',
    auth: true,
    response: newFeedSchema,
  },
  {
    method: 'post',
    path: '/api/account/ical/revoke',
    summary: 'Revokes my calendar feed link: it answers 404 from now on',
    auth: true,
    response: feedStatusSchema,
  },
  {
    method: 'get',
    path: '/api/ical/:file',
    summary: 'A person\'s assignments as iCalendar (RFC 5545); the file name is the secret token plus ".ics"',
    auth: false,
    response: { mediaType: 'text/calendar', description: 'The calendar' },
    errors: { 404: 'No such feed: revoked, replaced, tampered with, or its person no longer active' },
  },
];
