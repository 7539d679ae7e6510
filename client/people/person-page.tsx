import { A, useNavigate, useParams } from '@solidjs/router';
import { createEffect, createSignal, type JSX, Show, untrack } from 'solid-js';
import { newId } from '../../shared/ids/new-id';
import type { PersonProfile } from '../../shared/people/schema';
import { RequireCapability } from '../auth/require-capability';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { t } from '../i18n/i18n';
import { announce } from '../ui/announce';
import { pageNeeds } from '../ui/nav-items';
import { PageTitle } from '../ui/page-title';
import { createPersonProfile, updatePersonProfile } from './local-writes';
import { PersonForm } from './person-form';
import { changesSince, emptyValues, valuesOf } from './person-values';
import { pt } from './texts';
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
  const others = createLiveQuery(() => db.personProfiles.toArray(), [] as PersonProfile[]);
  const id = newId();
  return (
    <>
      <PageTitle>{pt('newTitle')}</PageTitle>
      <PersonForm
        id={id}
        initial={emptyValues}
        others={others()}
        onSave={async (input) => {
          await createPersonProfile(db, input);
          announce(pt('saved'));
          navigate(PEOPLE_PATH);
        }}
      />
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
    if (all() !== undefined && untrack(started) === undefined) setStarted(current());
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
