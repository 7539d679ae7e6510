import { A, useNavigate, useParams, useSearchParams } from '@solidjs/router';
import { createEffect, createResource, createSignal, type JSX, Show, untrack } from 'solid-js';
import { newId } from '../../shared/ids/new-id';
import type { PersonProfile, PersonProfileInput } from '../../shared/people/schema';
import { RequireCapability } from '../auth/require-capability';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { t } from '../i18n/i18n';
import { announce } from '../ui/announce';
import { pageNeeds } from '../ui/nav-items';
import { PageTitle } from '../ui/page-title';
import { createPersonProfile, updatePersonProfile } from './local-writes';
import { PersonForm } from './person-form';
import { changesSince, valuesOf } from './person-values';
import { one, startOf } from './person-start';
import { pt } from './texts';
import '../ui/checks.css';
import './people.css';

export const PEOPLE_PATH = '/verwaltung/personen';

/** `/verwaltung/personen/neu`: a new person, stored on the device and sent with the next sync. */
export function NewPersonPage(): JSX.Element {
  return (
    <RequireCapability any={pageNeeds.people}>
      <NewPerson />
    </RequireCapability>
  );
}

function NewPerson(): JSX.Element {
  const { db } = useAuthed();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const others = createLiveQuery(() => db.personProfiles.toArray(), [] as PersonProfile[]);
  const [start] = createResource(() => startOf(db, one(params['problem'])));
  const save = (problemId: number | null) => async (input: PersonProfileInput) => {
    // Sending a refused person again: the new create and the end of the problem are one step.
    await db.transaction('rw', [db.personProfiles, db.outbox, db.problems], async () => {
      await createPersonProfile(db, input);
      if (problemId !== null) await db.problems.delete(problemId);
    });
    announce(pt('saved'));
    navigate(PEOPLE_PATH);
  };
  return (
    <>
      <PageTitle>{pt('newTitle')}</PageTitle>
      <Show when={start()} fallback={<p role="status">{t('app.loading')}</p>}>
        {(s) => (
          <PersonForm
            id={newId()}
            initial={s().values}
            initialIssues={s().issues}
            others={others()}
            onSave={save(s().problemId)}
          />
        )}
      </Show>
      <A href={PEOPLE_PATH}>{pt('back')}</A>
    </>
  );
}

/**
 * `/verwaltung/personen/:id`. Exported as the place where the person's account actions (invitation,
 * deactivation; issue 15 point 2) are added: below the form, as further children of `PersonDetails`.
 */
export function PersonPage(props: { children?: (profile: PersonProfile) => JSX.Element }): JSX.Element {
  const params = useParams();
  return (
    <RequireCapability any={pageNeeds.people}>
      <Show when={params['id']} keyed>
        {(id) => <PersonDetails id={id}>{props.children}</PersonDetails>}
      </Show>
    </RequireCapability>
  );
}

function PersonDetails(props: { id: string; children?: ((p: PersonProfile) => JSX.Element) | undefined }): JSX.Element {
  const { db } = useAuthed();
  const navigate = useNavigate();
  const all = createLiveQuery(() => db.personProfiles.toArray(), undefined as PersonProfile[] | undefined);
  const current = () => all()?.find((p) => p.id === props.id) ?? null;
  // The version the form started from: a pull may bring a newer one while the admin types.
  const [started, setStarted] = createSignal<PersonProfile | null | undefined>(undefined);
  createEffect(() => {
    // Not found yet may mean not synced yet (a page opened during the first sync): the form starts
    // from the person as soon as they arrive, and only then stays with that version.
    const c = current();
    if (all() !== undefined && !untrack(started)) setStarted(c);
  });
  const start = started;
  const changedElsewhere = () => {
    const s = started();
    const c = current();
    return !!s && !!c && c.rev !== s.rev;
  };
  return (
    <Show when={start() !== undefined} fallback={<p role="status">{t('app.loading')}</p>}>
      <Show
        when={start()}
        keyed
        fallback={
          <>
            <PageTitle>{pt('editTitle')}</PageTitle>
            <p class="empty">{pt('notFound')}</p>
            <A href={PEOPLE_PATH}>{pt('back')}</A>
          </>
        }
      >
        {(s) => (
          <>
            <PageTitle>{pt('editTitle')}</PageTitle>
            <Show when={changedElsewhere()}>
              <p class="notice notice-warn" role="status">
                {pt('changedElsewhere')}
              </p>
            </Show>
            <PersonForm
              id={s.id}
              initial={valuesOf(s)}
              others={all() ?? []}
              onSave={async (input) => {
                // Only what changed since the form opened, with the values it opened with: a server merge
                // keeps another admin's edits to other fields.
                const changes = changesSince(s, input);
                if (Object.keys(changes).length > 0) await updatePersonProfile(db, s.id, changes);
                announce(pt('saved'));
                navigate(PEOPLE_PATH);
              }}
            />
            {props.children?.(s)}
            <A href={PEOPLE_PATH}>{pt('back')}</A>
          </>
        )}
      </Show>
    </Show>
  );
}
