import { Hono } from 'hono';
import { auditQuerySchema } from '../../shared/audit/schema';
import { requireCapability, requireUser } from '../auth/middleware';
import type { AppEnv } from '../http/context';
import { parseQuery } from '../http/validate';
import { listAudit } from './list';

/** `GET /api/admin/audit`: the association's audit log for its administrators (issue 15, point 4). */
export const auditRoutes = new Hono<AppEnv>()
  .use(requireUser, requireCapability('association.manage'))
  .get('/', async (c) => {
    const user = c.get('user');
    const query = parseQuery(c, auditQuerySchema);
    return c.json(await listAudit(c.get('deps').db, user.associationId, user.timeZone, query));
  });
