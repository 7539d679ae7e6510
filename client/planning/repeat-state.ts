import { type Accessor, createEffect, createMemo, createResource, createSignal, on } from 'solid-js';
import type { Assignment } from '../../shared/assignments/schema';
import type { Country, Site } from '../../shared/masterdata/schemas';
import type { CheckedExpansion } from '../../shared/series/occurrence-checks';
import type { PlannedSeries, SeriesInput } from '../../shared/series/schema';
import { addDays, dateIn } from '../../shared/time/dates';
import type { LocalDb } from '../db/local-db';
import { createSeries, updateSeries } from '../series/local-writes';
import { previewSeries } from '../series/series-preview';
import { isoWeekday, type RepeatErrors, type RepeatForm, repeatOff, seriesOfForm } from './repeat-form';
import type { ScheduleForm } from './schedule-form';

type Fallback = { timeZone: string; municipalities: readonly { country: Country }[] };

/**
 * The board form's series part: for a new assignment "Wiederholen" (a new series from the form's date); for
 * an assignment of a series the split choice, where "this and all following" ends the series the day before
 * and starts a new one from the form (its weekdays, rhythm and end first taken from the series). The
 * preview follows every change of the form.
 */
export function createRepeat(o: {
  db: LocalDb;
  existing: Assignment | null;
  form: Accessor<ScheduleForm>;
  sites: Accessor<readonly Site[]>;
  fallback: Fallback;
}) {
  const seriesId = o.existing?.seriesId ?? null;
  const [series] = createResource(
    () => seriesId,
    (id) => o.db.assignmentSeries.get(id),
  );
  const [repeat, setRepeat] = createSignal<RepeatForm>(repeatOff(o.form().date));
  const [scope, setScope] = createSignal<'one' | 'following'>('one');
  const [errors, setErrors] = createSignal<RepeatErrors>({});
  const [result, setResult] = createSignal<CheckedExpansion | null>(null);
  // The occurrence's own date: where "this and all following" cuts, whatever the form's date now says.
  const cut = o.existing ? dateIn(o.fallback.timeZone, new Date(o.existing.plannedStart)) : '';
  createEffect(
    on(series, (s) => {
      if (s?.endDate)
        setRepeat({ on: true, weekdays: s.weekdays, interval: String(s.interval ?? 1), until: s.endDate });
    }),
  );
  // Until switched on, the ticked weekday follows the form's date ("every week on this day").
  createEffect(
    on(
      () => o.form().date,
      (date) => {
        if (!repeat().on && !seriesId && date) setRepeat({ ...repeat(), weekdays: [isoWeekday(date)] });
      },
      { defer: true },
    ),
  );
  const first = () => series()?.startDate === cut;
  const active = () => (o.existing ? scope() === 'following' && !!series() : repeat().on);
  const draft = createMemo(() => {
    if (!active()) return null;
    const r = seriesOfForm(o.form(), repeat(), o.sites());
    return 'series' in r ? (r.series as PlannedSeries) : null;
  });
  // The split series' rest leaves with the save; its dates must not read as conflicts of the new one.
  const leaving = (a: { seriesId?: string | null | undefined; plannedStart: string }) =>
    seriesId !== null && a.seriesId === seriesId && dateIn(o.fallback.timeZone, new Date(a.plannedStart)) >= cut;
  const [checked] = createResource(draft, (s) => previewSeries(o.db, s, o.fallback, leaving));
  // No preview of an earlier draft while the form's repetition is not a series (an end too far, no weekday).
  const preview = () => (draft() ? (checked() ?? null) : null);

  /**
   * Checks and saves the series (ending the old one first for a split): the repeat fields to fix, the
   * checked dates when breaches need the reason first, or the checked dates as saved.
   */
  async function save(
    reason: string,
  ): Promise<{ errors: RepeatErrors } | { needsReason: CheckedExpansion } | { saved: CheckedExpansion }> {
    const r = seriesOfForm(o.form(), repeat(), o.sites());
    if ('errors' in r) {
      setErrors(r.errors);
      return r;
    }
    setErrors({});
    const checked = await previewSeries(o.db, r.series as PlannedSeries, o.fallback, leaving);
    const why = reason.trim();
    if (!why && checked.warnings.some((w) => w.rules.length > 0)) return { needsReason: checked };
    const input: SeriesInput = { ...r.series, ruleReason: why || null };
    const old = series();
    if (o.existing && old) await updateSeries(o.db, old.id, { endDate: addDays(cut, -1) });
    await createSeries(o.db, input);
    setResult(checked);
    return { saved: checked };
  }

  return { repeat, setRepeat, scope, setScope, errors, result, active, first, preview, inSeries: !!seriesId, save };
}

export type Repeat = ReturnType<typeof createRepeat>;
