import type { JSX } from 'solid-js';
import { PersonAccessSection } from '../onboarding/access-section';
import { PersonDataActions } from '../privacy/person-data-actions';
import { PersonPage } from './person-page';

/**
 * /verwaltung/personen/:id: the person's details, then what the administrator does with their account
 * (invitation, deactivation) and their data (export, erasure), all on one page.
 */
export function PersonAdminPage(): JSX.Element {
  return (
    <PersonPage>
      {(person) => (
        <>
          <PersonAccessSection personId={person.id} />
          <PersonDataActions personId={person.id} />
        </>
      )}
    </PersonPage>
  );
}
