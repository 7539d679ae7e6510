import { Hono } from 'hono';
import { AppError } from '../../shared/errors/errors';
import { idSchema } from '../../shared/ids/ids';
import { exportQuerySchema } from '../../shared/privacy/export';
import { writeAudit } from '../audit/write';
import { requireCapability, requireUser } from '../auth/middleware';
import type { AppEnv } from '../http/context';
import { parseQuery } from '../http/validate';
import { erasePerson } from './erase';
import { collectExport } from './export-sources';
import { sendExport } from './send-export';

/** A person id from the path; anything else is a person this association does not have. */
function personIdOf(raw: string): string {
  const parsed = idSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('not_found', 'No such person in this association');
  return parsed.data;
}

const manage = requireCapability('association.manage');

/** Data protection acts of an administrator on a person of their association (issue 15, point 5). */
export const privacyAdminRoutes = new Hono<AppEnv>()
  // Middleware per route, not `use`: other administrators' routes share the /admin/people prefix.
  .get('/:id/export', requireUser, manage, async (c) => {
    const { db, clock } = c.get('deps');
    const user = c.get('user');
    const personId = personIdOf(c.req.param('id'));
    const { format } = parseQuery(c, exportQuerySchema);
    const now = clock();
    // Read and audited in one transaction: an export that fails leaves no audit row, and none goes unlogged.
    const doc = await db.transaction().execute(async (trx) => {
      const who = { associationId: user.associationId, personId };
      const exists = await trx
        .selectFrom('people')
        .select('id')
        .where('associationId', '=', who.associationId)
        .where('id', '=', personId)
        .executeTakeFirst();
      if (!exists) throw new AppError('not_found', 'No such person in this association');
      await writeAudit(trx, [
        {
          associationId: user.associationId,
          actorId: user.id,
          action: 'person.export',
          tableName: 'people',
          rowId: personId,
          after: { format },
          at: now,
        },
      ]);
      return collectExport(trx, who, now);
    });
    return sendExport(c, doc, format, `personendaten-${personId.slice(-4)}`);
  })
  .post('/:id/erase', requireUser, manage, async (c) => {
    const { db, dialect, clock, onChange } = c.get('deps');
    const user = c.get('user');
    const result = await erasePerson(db, dialect, user, personIdOf(c.req.param('id')), clock());
    onChange?.(user.associationId);
    return c.json(result);
  });
