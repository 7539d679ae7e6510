import { createMemo, createSignal, For, type JSX, Show } from 'solid-js';
import type { Issue } from '../../shared/errors/errors';
import type { Series } from '../../shared/series/schema';
import { useAuthed } from '../auth/authed-context';
import { RequireCapability } from '../auth/require-capability';
import { createLiveQuery } from '../db/live';
import { formatDate, t } from '../i18n/i18n';
import { AdminForm, type FormField, type FormValues, type Parsed } from '../masterdata/admin-form';
import { announce } from '../ui/announce';
import { focusAfter } from '../ui/focus';
import { PageTitle } from '../ui/page-title';
import { createSeries } from './local-writes';
import { st } from './texts';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const dayName = (d: number) => st(`day.${d}` as `day.${(typeof WEEKDAYS)[number]}`);
const required = (path: string): Issue => ({ path, code: 'required', message: '' });

/** The form's text as a series; the rules (end required, at most five years) run in createSeries. */
function parse(values: FormValues, municipalityOf: (siteId: string) => string | undefined): Parsed {
  const names = ['personId', 'siteId', 'serviceTypeId', 'weekday', 'startTime', 'endTime', 'startDate', 'endDate'];
  const issues = names.filter((n) => !values[n]).map(required);
  const input = {
    personId: values.personId,
    municipalityId: municipalityOf(values.siteId ?? '') ?? '',
    siteId: values.siteId,
    serviceTypeId: values.serviceTypeId,
    weekdays: [Number(values.weekday)],
    startTime: values.startTime,
    endTime: values.endTime,
    startDate: values.startDate,
    endDate: values.endDate || null,
    task: (values.task ?? '').trim(),
  };
  return { input, issues };
}

/** One series: when, where, and the days it skipped with why. */
function SeriesItem(props: { series: Series; person: string; site: string }): JSX.Element {
  const s = () => props.series;
  return (
    <li class="card" data-testid="series-item">
      <strong>{props.person}</strong> · {props.site}
      <br />
      {st((s().interval ?? 1) > 1 ? 'everyN' : 'every', {
        n: s().interval ?? 1,
        days: s().weekdays.map(dayName).join(', '),
        from: s().startTime,
        to: s().endTime,
      })}
      <br />
      {st('span', { from: formatDate(s().startDate), to: s().endDate ? formatDate(s().endDate!) : '–' })}
      <Show when={s().rev === 0}>
        <p class="hint">{st('pending')}</p>
      </Show>
      <Show when={s().skipped.length > 0}>
        <p>{st('skippedHeading')}:</p>
        <ul data-testid="series-skipped">
          <For each={s().skipped}>
            {(d) => (
              <li>
                {formatDate(d.date)}: {d.name} ({st(d.reason)})
              </li>
            )}
          </For>
        </ul>
      </Show>
    </li>
  );
}

/**
 * Planners' series (/planung/serien, `assignments.plan`, its own lazy chunk): a form for "every Tuesday
 * 8–12 until …" and the list of series with their skipped days. Saved offline like the board's changes.
 */
export function SeriesPage(): JSX.Element {
  const { db } = useAuthed();
  const series = createLiveQuery(() => db.assignmentSeries.toArray(), []);
  const people = createLiveQuery(() => db.people.toArray(), []);
  const sites = createLiveQuery(() => db.sites.toArray(), []);
  const types = createLiveQuery(() => db.serviceTypes.toArray(), []);
  const [round, setRound] = createSignal(0);
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
  const nameOf = createMemo(() => new Map(people().map((p) => [p.id, p.displayName])));
  const siteOf = createMemo(() => new Map(sites().map((s) => [s.id, s])));
  const fields = (): FormField[] => [
    {
      name: 'personId',
      label: t('assignment.person'),
      type: 'select',
      required: true,
      options: people()
        .filter((p) => p.active)
        .map((p) => ({ value: p.id, label: p.displayName }))
        .sort(byLabel),
    },
    {
      name: 'siteId',
      label: st('site'),
      type: 'select',
      required: true,
      options: sites()
        .map((s) => ({ value: s.id, label: s.name }))
        .sort(byLabel),
    },
    {
      name: 'serviceTypeId',
      label: t('entry.serviceType'),
      type: 'select',
      required: true,
      options: types().map((s) => ({ value: s.id, label: s.name })),
    },
    {
      name: 'weekday',
      label: st('weekday'),
      type: 'select',
      required: true,
      options: WEEKDAYS.map((d) => ({ value: String(d), label: dayName(d) })),
    },
    { name: 'startTime', label: t('series.startTime'), type: 'time', required: true },
    { name: 'endTime', label: t('series.endTime'), type: 'time', required: true },
    { name: 'startDate', label: t('series.startDate'), type: 'date', required: true },
    { name: 'endDate', label: st('repeatUntil'), type: 'date', required: true, hint: st('repeatHint') },
    { name: 'task', label: t('assignment.task'), type: 'text', maxLength: 2000 },
  ];
  const sorted = createMemo(() => [...series()].sort((a, b) => b.startDate.localeCompare(a.startDate)));
  return (
    <RequireCapability any={['assignments.plan']}>
      <PageTitle>{st('title')}</PageTitle>
      <p>{st('intro')}</p>
      <section aria-labelledby="series-new-title" class="card space-top">
        <h2 id="series-new-title">{st('newHeading')}</h2>
        <Show when={round() + 1} keyed>
          <AdminForm
            idPrefix="series"
            fields={fields}
            initial={{}}
            parse={(values) => parse(values, (id) => siteOf().get(id)?.municipalityId)}
            onSave={async (input) => {
              await createSeries(db, input as Parameters<typeof createSeries>[1]);
              const button = document.activeElement;
              announce(st('saved'));
              setRound((n) => n + 1);
              focusAfter('#series-personId', button);
            }}
          />
        </Show>
      </section>
      <section aria-labelledby="series-list-title" class="space-top">
        <h2 id="series-list-title">{st('listHeading')}</h2>
        <Show when={sorted().length > 0} fallback={<p class="empty">{st('none')}</p>}>
          <ul class="plain-list" data-testid="series-list">
            <For each={sorted()}>
              {(s) => (
                <SeriesItem
                  series={s}
                  person={nameOf().get(s.personId) ?? ''}
                  site={siteOf().get(s.siteId)?.name ?? ''}
                />
              )}
            </For>
          </ul>
        </Show>
      </section>
    </RequireCapability>
  );
}
