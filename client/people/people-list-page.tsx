import { A } from '@solidjs/router';
import { type JSX, Show } from 'solid-js';
import type { PersonProfile } from '../../shared/people/schema';
import { RequireCapability } from '../auth/require-capability';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { t } from '../i18n/i18n';
import { pageNeeds } from '../ui/nav-items';
import { PageTitle } from '../ui/page-title';
import { PeopleList } from './people-list';
import { PEOPLE_PATH } from './person-page';
import { pt } from './texts';
import '../ui/checks.css';
import './people.css';

/** `/verwaltung/personen`: everyone's details, searched on the device (administrators only). */
export function PeopleListPage(): JSX.Element {
  return (
    <RequireCapability any={pageNeeds.people}>
      <People />
    </RequireCapability>
  );
}

function People(): JSX.Element {
  const { db, lookups } = useAuthed();
  const profiles = createLiveQuery(() => db.personProfiles.toArray(), undefined as PersonProfile[] | undefined);
  const inactive = createLiveQuery(
    async () => new Set((await db.people.filter((p) => !p.active).toArray()).map((p) => p.id)),
    new Set<string>(),
  );
  return (
    <>
      <PageTitle>{pt('listTitle')}</PageTitle>
      <p>
        <A href={`${PEOPLE_PATH}/neu`} class="btn btn-primary btn-block" data-testid="new-person">
          <span aria-hidden="true">+</span> {pt('newPerson')}
        </A>
      </p>
      <Show when={profiles()} fallback={<p role="status">{t('app.loading')}</p>}>
        {(rows) => (
          <PeopleList
            profiles={rows()}
            municipalities={lookups.municipalities()}
            inactive={inactive()}
            href={(id) => `${PEOPLE_PATH}/${id}`}
          />
        )}
      </Show>
    </>
  );
}
