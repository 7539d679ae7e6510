import { z } from 'zod';
import {
  accountSessionsResponseSchema,
  changePasswordSchema,
  endOthersResponseSchema,
} from '../../shared/account/schemas';
import { erasureResponseSchema, exportQuerySchema } from '../../shared/privacy/export';
import type { Op } from '../openapi/document';

const download = {
  mediaType: 'application/json',
  description:
    'Attachment: JSON `{exportedAt, personId, sections}`, or with `format=csv` one CSV (UTF-8 with BOM, `;`, ' +
    'CRLF) of the columns Bereich;Nr;Feld;Wert',
};

/** My account and data protection routes (issue 15, points 3 and 5). */
export const privacyOperations: Op[] = [
  {
    method: 'get',
    path: '/api/account/sessions',
    summary: "The caller's signed-in devices, the current one marked",
    auth: true,
    response: accountSessionsResponseSchema,
  },
  {
    method: 'post',
    path: '/api/account/sessions/end-others',
    summary: "End the caller's other sessions; this one stays",
    auth: true,
    response: endOthersResponseSchema,
  },
  {
    method: 'post',
    path: '/api/account/password',
    summary: 'Change the own password (current one required); ends the other sessions',
    auth: true,
    body: changePasswordSchema,
    response: z.object({ ok: z.literal(true) }),
  },
  {
    method: 'get',
    path: '/api/account/export',
    summary: 'Everything stored about the caller, as a download',
    auth: true,
    query: exportQuerySchema,
    response: download,
  },
  {
    method: 'get',
    path: '/api/admin/people/:id/export',
    summary: "An administrator downloads a person's data (audited as person.export)",
    auth: true,
    query: exportQuerySchema,
    response: download,
    errors: { 404: 'No such person in this association' },
  },
  {
    method: 'post',
    path: '/api/admin/people/:id/erase',
    summary: 'Erase a deactivated person: pseudonymise, end sessions, clear notes; time records kept two years',
    auth: true,
    response: erasureResponseSchema,
    errors: { 404: 'No such person in this association', 409: 'Still active, or already erased' },
  },
];
