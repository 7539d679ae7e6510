import { A } from '@solidjs/router';
import { For, type JSX } from 'solid-js';
import { RequireCapability } from '../auth/require-capability';
import { pageNeeds } from '../ui/nav-items';
import { PageTitle } from '../ui/page-title';
import { type AdminText, at } from './admin-texts';

// People and the change log are built in other parts of issue 15; the hub links to them already.
const links: [string, AdminText][] = [
  ['/verwaltung/gemeinden', 'hub.municipalities'],
  ['/verwaltung/standorte', 'hub.sites'],
  ['/verwaltung/leistungen', 'hub.serviceTypes'],
  ['/verwaltung/schliesstage', 'hub.closureDays'],
  ['/verwaltung/verband', 'hub.association'],
  ['/verwaltung/personen', 'hub.people'],
  ['/verwaltung/protokoll', 'hub.audit'],
];

/** `/verwaltung`: where an administrator finds every list. */
export function AdminHubPage(): JSX.Element {
  return (
    <RequireCapability any={pageNeeds.admin}>
      <PageTitle>{at('hub.title')}</PageTitle>
      <p>{at('hub.intro')}</p>
      <ul class="plain-list">
        <For each={links}>
          {([href, label]) => (
            <li>
              <A class="card" href={href} data-testid={`admin-link-${href.split('/')[2]}`}>
                {at(label)}
              </A>
            </li>
          )}
        </For>
      </ul>
    </RequireCapability>
  );
}
