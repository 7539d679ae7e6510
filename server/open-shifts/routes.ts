import { type Context, Hono } from 'hono';
import { AppError } from '../../shared/errors/errors';
import { idSchema } from '../../shared/ids/ids';
import { confirmClaimSchema, publishOpenShiftSchema } from '../../shared/open-shifts/schema';
import { requireCapability, requireUser } from '../auth/middleware';
import type { AppEnv } from '../http/context';
import { jsonBody } from '../http/validate';
import type { MutationContext } from '../sync/mutation-context';
import { onlineWrite } from '../sync/online-write';
import { claimShift } from './claim';
import { confirmClaim, declineClaim, withdrawShift } from './decide';
import { asHttp } from './errors';
import { publishShift } from './publish';

const SMALL = { maxBytes: 16 * 1024, maxDepth: 4, maxItems: 40 };

function shiftId(c: Context<AppEnv>): string {
  const parsed = idSchema.safeParse(c.req.param('id'));
  if (!parsed.success)
    throw new AppError('validation_failed', 'Not a shift id', [
      { path: 'id', code: 'invalid_id', message: 'Not an id' },
    ]);
  return parsed.data;
}

/** Runs an action in one write transaction and, once committed, pokes the association's devices to pull. */
async function act<T>(c: Context<AppEnv>, work: (ctx: MutationContext) => Promise<T>): Promise<T> {
  const { db, dialect, clock, onChange } = c.get('deps');
  const user = c.get('user');
  const result = await asHttp(() => onlineWrite(db, dialect, user, clock(), work));
  onChange?.(user.associationId);
  return result;
}

const plan = requireCapability('assignments.plan');

/**
 * Open shifts (issue 17.1): online actions, because the first valid claim must win and everyone else
 * learn at once. Devices read shifts by pull (record type openShifts).
 */
export const openShiftRoutes = new Hono<AppEnv>()
  .use(requireUser)
  .post('/', plan, jsonBody(publishOpenShiftSchema, SMALL), async (c) => {
    const input = c.req.valid('json');
    return c.json(await act(c, (ctx) => publishShift(ctx, input)), 201);
  })
  .post('/:id/claim', requireCapability('assignments.work-own'), async (c) => {
    const id = shiftId(c);
    return c.json(await act(c, (ctx) => claimShift(ctx, id)));
  })
  .post('/:id/confirm', plan, jsonBody(confirmClaimSchema, SMALL), async (c) => {
    const id = shiftId(c);
    const body = c.req.valid('json');
    return c.json(await act(c, (ctx) => confirmClaim(ctx, id, body)));
  })
  .post('/:id/decline', plan, async (c) => {
    const id = shiftId(c);
    return c.json(await act(c, (ctx) => declineClaim(ctx, id)));
  })
  .post('/:id/withdraw', plan, async (c) => {
    const id = shiftId(c);
    return c.json(await act(c, (ctx) => withdrawShift(ctx, id)));
  });
