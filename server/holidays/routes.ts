import { Hono } from 'hono';
import { holidaysQuerySchema, type HolidaysResponse } from '../../shared/holidays/schema';
import type { Country } from '../../shared/masterdata/schemas';
import { holidayCalendar } from '../../shared/working-time/holidays';
import { requireUser } from '../auth/middleware';
import type { AppEnv } from '../http/context';
import { parseQuery } from '../http/validate';
import { dateHolidaysSource } from '../working-time/public-holidays';

// One calendar for the process: it keeps each country's, state's and year's holidays once computed.
const calendar = holidayCalendar(dateHolidaysSource);

/**
 * `GET /api/holidays?from=&to=`: the public holidays of each of the association's municipalities (its
 * country and state), for everyone in the association. Devices keep them to plan and check offline; the
 * holiday library stays on the server.
 */
export const holidayRoutes = new Hono<AppEnv>().use(requireUser).get('/', async (c) => {
  const user = c.get('user');
  const { from, to } = parseQuery(c, holidaysQuerySchema);
  const places = await c
    .get('deps')
    .db.selectFrom('municipalities')
    .select(['id', 'country', 'state'])
    .where('associationId', '=', user.associationId)
    .where('deleted', '=', 0)
    .orderBy('id')
    .execute();
  const holidays = places.flatMap((m) =>
    calendar
      .holidaysInRange(m.country as Country, m.state, from, to)
      .map((h) => ({ municipalityId: m.id, date: h.date, name: h.name })),
  );
  const body: HolidaysResponse = {
    from,
    to,
    holidays,
    places: places.map((m) => ({ municipalityId: m.id, country: m.country, state: m.state })),
  };
  return c.json(body);
});
