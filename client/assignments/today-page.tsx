import { createMemo, For, type JSX, Show } from 'solid-js';
import { dateIn } from '../../shared/time/dates';
import { AbsenceLink } from '../absences/absence-links';
import { useAuthed } from '../auth/authed-context';
import { CoverOnToday } from '../cover-requests/today-entry';
import { OpenShiftsOnToday } from '../open-shifts/today-entry';
import { RotationOnToday } from '../rotation/today-entry';
import { createLiveQuery } from '../db/live';
import { formatDayLong, t } from '../i18n/i18n';
import { createNow } from '../ui/now';
import { PageTitle } from '../ui/page-title';
import { AssignmentCard } from './assignment-card';
import { myAssignments, onDate } from './queries';
import { hasOwnWork, RoleNotes } from './role-notes';

export function TodayPage(): JSX.Element {
  const { db, user } = useAuthed();
  const now = createNow(60_000);
  const today = createMemo(() => dateIn(user.timeZone, now()));
  const mine = createLiveQuery(() => myAssignments(db, user.id), undefined);
  const todays = () => onDate(mine() ?? [], today(), user.timeZone);
  return (
    <>
      <PageTitle>{t('today.title')}</PageTitle>
      <p class="card-muted">
        {t('today.greeting', { name: user.displayName })} · {formatDayLong(today())}
      </p>
      <RoleNotes />
      <CoverOnToday />
      <Show when={hasOwnWork(user) && mine()} fallback={hasOwnWork(user) && <p role="status">{t('app.loading')}</p>}>
        <Show when={todays().length > 0} fallback={<p class="empty">{t('today.empty')}</p>}>
          <ul class="plain-list">
            <For each={todays()}>{(a) => <AssignmentCard assignment={a} />}</For>
          </ul>
        </Show>
      </Show>
      <RotationOnToday />
      <OpenShiftsOnToday />
      <AbsenceLink />
    </>
  );
}
