import { useParams } from '@solidjs/router';
import type { JSX } from 'solid-js';
import { RequireCapability } from '../auth/require-capability';
import { PageTitle } from '../ui/page-title';
import { pageNeeds } from '../ui/nav-items';
import { PersonDataActions } from './person-data-actions';
import { pt } from './texts';

/** /verwaltung/personen/:id/daten: a stand-in until the person page of the people administration exists. */
export function PersonDataPage(): JSX.Element {
  const params = useParams<{ id: string }>();
  return (
    <RequireCapability any={pageNeeds.personData}>
      <PageTitle>{pt('title')}</PageTitle>
      <PersonDataActions personId={params.id} />
    </RequireCapability>
  );
}
