import { A } from '@solidjs/router';
import { createMemo, createSignal, For, type JSX, Show } from 'solid-js';
import { useAuthed } from '../auth/authed-context';
import { RequireCapability } from '../auth/require-capability';
import { InputField } from '../ui/fields';
import { pageNeeds } from '../ui/nav-items';
import { PageTitle } from '../ui/page-title';
import { type AdminKind, closureDayKind, municipalityKind, serviceTypeKind, siteKind } from './admin-kinds';
import { type AdminText, at } from './admin-texts';

const titles: Record<AdminKind['key'], AdminText> = {
  municipalities: 'hub.municipalities',
  sites: 'hub.sites',
  serviceTypes: 'hub.serviceTypes',
  closureDays: 'hub.closureDays',
};

/** A list of master data read live from the device, with a search and the way to a new row. */
function MasterList(props: { kind: AdminKind }): JSX.Element {
  const { lookups } = useAuthed();
  const [query, setQuery] = createSignal('');
  const shown = createMemo(() => {
    const q = query().trim().toLocaleLowerCase();
    const rows = props.kind.rows(lookups);
    return q ? rows.filter((r) => `${r.name} ${props.kind.detail(r, lookups)}`.toLocaleLowerCase().includes(q)) : rows;
  });
  return (
    <RequireCapability any={pageNeeds.admin}>
      <PageTitle>{at(titles[props.kind.key])}</PageTitle>
      <p>
        <A href="/verwaltung">{at('list.toHub')}</A>
      </p>
      <A class="btn btn-primary btn-block" href={`${props.kind.base}/neu`} data-testid="admin-new">
        {at(`list.new.${props.kind.key}`)}
      </A>
      <div class="space-top">
        <InputField id="admin-search" type="text" label={at('list.search')} value={query()} onInput={setQuery} />
      </div>
      <Show when={shown().length > 0} fallback={<p class="empty">{at('list.empty')}</p>}>
        <ul class="plain-list" data-testid="admin-list">
          <For each={shown()}>
            {(row) => (
              <li>
                <A class="card" href={`${props.kind.base}/${row.id}`}>
                  <strong>{row.name}</strong>
                  <span class="card-line card-muted" style={{ display: 'block' }}>
                    {props.kind.detail(row, lookups)}
                  </span>
                </A>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </RequireCapability>
  );
}

export const MunicipalitiesPage = (): JSX.Element => <MasterList kind={municipalityKind} />;
export const SitesPage = (): JSX.Element => <MasterList kind={siteKind} />;
export const ServiceTypesPage = (): JSX.Element => <MasterList kind={serviceTypeKind} />;
export const ClosureDaysPage = (): JSX.Element => <MasterList kind={closureDayKind} />;
