import { useSearchParams } from '@solidjs/router';
import { createMemo, type Accessor } from 'solid-js';
import { dateIn, weekStart } from '../../shared/time/dates';
import { trustedNow } from '../sync/server-clock';

const isDate = (v: unknown): v is string =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));

/** The Monday of the week in `?woche=YYYY-MM-DD`, or of this week in the person's time zone. */
export function createWeekParam(timeZone: string): { monday: Accessor<string>; thisMonday: Accessor<string> } {
  const [params] = useSearchParams();
  const thisMonday = () => weekStart(dateIn(timeZone, trustedNow()));
  const monday = createMemo(() => {
    const raw = params['woche'];
    return isDate(raw) ? weekStart(raw) : thisMonday();
  });
  return { monday, thisMonday };
}
