import { Hono } from 'hono';
import { indexCandidates } from '../../shared/planning/candidate-index';
import { rankCandidates } from '../../shared/planning/candidates';
import { type CandidatesResponse, candidateSlotInputSchema } from '../../shared/planning/candidates-schema';
import { requireCapability, requireUser } from '../auth/middleware';
import type { AppEnv } from '../http/context';
import { jsonBody } from '../http/validate';
import { loadRanking } from './candidates-data';

/** `POST /api/planning/candidates`: the people who could staff a slot, best first, with reasons (issue 16.3). */
export const planningRoutes = new Hono<AppEnv>()
  .use(requireUser, requireCapability('assignments.plan'))
  .post('/candidates', jsonBody(candidateSlotInputSchema), async (c) => {
    const user = c.get('user');
    const { slot, data } = await loadRanking(c.get('deps').db, user.associationId, user.timeZone, c.req.valid('json'));
    const body: CandidatesResponse = { candidates: rankCandidates(indexCandidates(data), slot) };
    return c.json(body);
  });
