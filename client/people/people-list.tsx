import { A } from '@solidjs/router';
import { createMemo, createSignal, For, type JSX, Show } from 'solid-js';
import { type Role, roles } from '../../shared/capabilities/capabilities';
import type { Municipality } from '../../shared/masterdata/schemas';
import type { PersonProfile } from '../../shared/people/schema';
import { InputField, SelectField } from '../ui/fields';
import { anyPerson, filterPeople, indexPeople, type PeopleQuery, skillsOf } from './people-filter';
import { pt, roleName } from './texts';

/** Rows drawn at first and added by "more": enough to fill a desktop screen, few enough for 100 ms on a phone. */
export const PAGE_SIZE = 50;

/**
 * The people list with search and filters, from rows already in memory (the page reads them from
 * the device database). Only a page of matches is drawn; a keystroke filters the index, not the DOM.
 */
export function PeopleList(props: {
  profiles: readonly PersonProfile[];
  municipalities: readonly Municipality[];
  href: (id: string) => string;
  /** People whose account is deactivated (their public row says so): marked in the list. */
  inactive?: ReadonlySet<string>;
}): JSX.Element {
  const [query, setQuery] = createSignal<PeopleQuery>(anyPerson);
  const [limit, setLimit] = createSignal(PAGE_SIZE);
  const index = createMemo(() => indexPeople(props.profiles));
  const skills = createMemo(() => skillsOf(props.profiles));
  const result = createMemo(() => filterPeople(index(), query(), limit()));
  const municipalityName = (id: string | null) => props.municipalities.find((m) => m.id === id)?.name;
  const set = (patch: Partial<PeopleQuery>) => {
    setQuery((q) => ({ ...q, ...patch }));
    setLimit(PAGE_SIZE);
  };
  let list: HTMLUListElement | undefined;
  const more = () => {
    const first = result().shown.length;
    setLimit((n) => n + PAGE_SIZE);
    // Focus moves to the first newly drawn person, not back to the top.
    list?.querySelectorAll('a')[first]?.focus();
  };

  return (
    <>
      <div class="people-filters">
        <InputField
          id="people-search"
          label={pt('search')}
          hint={pt('searchHint')}
          type="text"
          testId="people-search"
          value={query().text}
          onInput={(text) => set({ text })}
        />
        <SelectField
          id="people-role"
          label={pt('role')}
          placeholder={pt('any')}
          value={query().role}
          options={roles.map((r) => ({ value: r, label: roleName(r) }))}
          onChange={(role) => set({ role: role as Role | '' })}
        />
        <SelectField
          id="people-municipality"
          label={pt('municipality')}
          placeholder={pt('any')}
          value={query().municipalityId}
          options={props.municipalities.map((m) => ({ value: m.id, label: m.name }))}
          onChange={(municipalityId) => set({ municipalityId })}
        />
        <SelectField
          id="people-skill"
          label={pt('skill')}
          placeholder={pt('any')}
          value={query().skill}
          options={skills().map((s) => ({ value: s, label: s }))}
          onChange={(skill) => set({ skill })}
        />
      </div>
      <p role="status" data-testid="people-count">
        {pt('count', { shown: result().shown.length, total: result().total })}
      </p>
      <Show when={result().total > 0} fallback={<p class="empty">{pt('empty')}</p>}>
        <ul class="people-list" ref={list} data-testid="people-list">
          <For each={result().shown}>
            {(p) => (
              <li>
                <A href={props.href(p.id)}>
                  <strong>{p.displayName}</strong>
                  <span class="card-muted">
                    {[
                      props.inactive?.has(p.id) ? pt('inactive') : '',
                      p.email,
                      p.roles.map((r) => roleName(r)).join(', '),
                      municipalityName(p.municipalityId),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </A>
              </li>
            )}
          </For>
        </ul>
        <Show when={result().total > result().shown.length}>
          <button type="button" class="btn btn-block" onClick={more} data-testid="people-more">
            {pt('more')}
          </button>
        </Show>
      </Show>
    </>
  );
}
