import { createSignal, For, type JSX, onMount, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { AuditRow } from '../../shared/audit/schema';
import { type SyncTable, syncTables } from '../../shared/sync/protocol';
import { ApiError } from '../api/http';
import { useAuthed } from '../auth/authed-context';
import { RequireCapability } from '../auth/require-capability';
import { createLiveQuery } from '../db/live';
import { formatNumber, type MessageKey, t } from '../i18n/i18n';
import { clientRecords } from '../sync/registry';
import { InputField, SelectField } from '../ui/fields';
import { focusAfter } from '../ui/focus';
import { pageNeeds } from '../ui/nav-items';
import { PageTitle } from '../ui/page-title';
import { type AuditFilters, fetchAuditPage, noFilters } from './audit-api';
import { AuditEntry, type EntryView } from './audit-entry';
import { valueLines, type ValueWords } from './audit-values';
import { at } from './texts';
import './audit.css';

/** The server names the field and a zod code; the person reads why in their language. */
function fieldMessage(path: string, code: string): string {
  if (path === 'to' && code === 'custom') return at('audit.endBeforeStart');
  if (path === 'from' || path === 'to') return at('audit.badDate');
  return at('audit.badId');
}

const isSyncTable = (table: string | null): table is SyncTable => syncTables.includes(table as SyncTable);
const tableName = (table: string | null): string =>
  isSyncTable(table) ? t(`sync.kind.${table}` as MessageKey) : (table ?? '');

/** `/verwaltung/protokoll`: the association's audit log for those who manage it (issue 15, point 4). */
export function AuditPage(): JSX.Element {
  return (
    <RequireCapability any={pageNeeds.admin}>
      <AuditLog />
    </RequireCapability>
  );
}

function AuditLog(): JSX.Element {
  const { db, user, lookups } = useAuthed();
  // Names come from the device's own copy of the people: the server sends ids only.
  const people = createLiveQuery(async () => {
    const all = await db.people.toArray();
    return all.sort((a, b) => a.displayName.localeCompare(b.displayName, 'de'));
  }, []);
  const personName = (id: string) => people().find((p) => p.id === id)?.displayName;
  const words = (table: string | null): ValueWords => ({
    label: (field) => {
      const key = isSyncTable(table) ? (clientRecords[table].labels as Record<string, MessageKey>)[field] : undefined;
      return key ? t(key) : undefined;
    },
    nameOf: (id) =>
      personName(id) ?? lookups.municipality(id)?.name ?? lookups.site(id)?.name ?? lookups.serviceType(id)?.name,
    yes: at('audit.yes'),
    no: at('audit.no'),
    none: at('audit.none'),
  });
  const view = (row: AuditRow): EntryView => ({
    who: row.actorId ? (personName(row.actorId) ?? at('audit.unknownPerson', { id: row.actorId })) : at('audit.server'),
    what: tableName(row.table),
    lines: valueLines(row, words(row.table)),
  });

  const [filters, setFilters] = createStore<AuditFilters>({ ...noFilters });
  const [shown, setShown] = createSignal<AuditFilters>({ ...noFilters });
  const [rows, setRows] = createSignal<AuditRow[]>([]);
  const [next, setNext] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [fieldErrors, setFieldErrors] = createSignal<Partial<Record<keyof AuditFilters, string>>>({});
  const [problem, setProblem] = createSignal('');

  const load = async (more: boolean): Promise<void> => {
    if (busy()) return;
    setBusy(true);
    const asked = more ? shown() : { ...filters };
    try {
      const page = await fetchAuditPage(asked, more ? next() : null);
      setRows(more ? [...rows(), ...page.rows] : page.rows);
      setNext(page.next);
      setShown(asked);
      setFieldErrors({});
      setProblem('');
    } catch (err) {
      if (err instanceof ApiError && err.details?.length) {
        setFieldErrors(Object.fromEntries(err.details.map((d) => [d.path, fieldMessage(d.path, d.code)])));
        setProblem(at('audit.badInput'));
        // The first field named: its error is read with it (aria-describedby).
        const first = `audit-${err.details[0]!.path}`;
        requestAnimationFrame(() => document.getElementById(first)?.focus());
      } else setProblem(err instanceof ApiError ? at('audit.failed', { message: err.message }) : at('audit.offline'));
    } finally {
      setBusy(false);
    }
  };
  onMount(() => void load(false));

  const loadMore = (e: MouseEvent) => {
    const button = e.currentTarget as HTMLElement;
    const count = rows().length;
    void load(true).then(() =>
      focusAfter([`[data-testid="audit-entry"]:nth-child(${count + 1})`, '#audit-status'], button),
    );
  };
  const field = (key: keyof AuditFilters) => ({
    id: `audit-${key}`,
    error: fieldErrors()[key],
  });

  return (
    <>
      <PageTitle>{at('audit.title')}</PageTitle>
      <p>{at('audit.intro')}</p>
      <form
        class="card audit-filters"
        aria-label={at('audit.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          void load(false);
        }}
      >
        <SelectField
          {...field('person')}
          label={at('audit.person')}
          hint={at('audit.personHint')}
          placeholder={at('audit.anyPerson')}
          value={filters.person}
          options={people().map((p) => ({ value: p.id, label: p.displayName }))}
          onChange={(v) => setFilters('person', v)}
        />
        <SelectField
          {...field('table')}
          label={at('audit.table')}
          placeholder={at('audit.anyTable')}
          value={filters.table}
          options={syncTables.map((table) => ({ value: table, label: tableName(table) }))}
          onChange={(v) => setFilters('table', v)}
        />
        <InputField
          {...field('rowId')}
          type="text"
          label={at('audit.rowId')}
          value={filters.rowId}
          onInput={(v) => setFilters('rowId', v)}
        />
        <InputField
          {...field('from')}
          type="date"
          label={at('audit.from')}
          value={filters.from}
          onInput={(v) => setFilters('from', v)}
        />
        <InputField
          {...field('to')}
          type="date"
          label={at('audit.to')}
          value={filters.to}
          onInput={(v) => setFilters('to', v)}
        />
        <button
          type="submit"
          class="btn btn-primary btn-block"
          data-testid="audit-apply"
          aria-disabled={busy() ? 'true' : undefined}
        >
          {at('audit.apply')}
        </button>
      </form>
      <p role="status" class="space-top" id="audit-status" tabindex="-1" data-testid="audit-status">
        {problem() || (busy() ? at('audit.loading') : at('audit.count', { count: formatNumber(rows().length) }))}
      </p>
      <Show when={rows().length > 0} fallback={<Show when={!busy() && !problem()}>{<p>{at('audit.empty')}</p>}</Show>}>
        <ol class="audit-list">
          <For each={rows()}>{(row) => <AuditEntry row={row} view={view(row)} timeZone={user.timeZone} />}</For>
        </ol>
      </Show>
      <Show when={next()}>
        <button
          type="button"
          class="btn btn-block space-top"
          data-testid="audit-more"
          aria-disabled={busy() ? 'true' : undefined}
          onClick={loadMore}
        >
          {at('audit.more')}
        </button>
      </Show>
    </>
  );
}
