import { type JSX, Show, createSignal } from 'solid-js';
import { absenceKinds } from '../../shared/absences/schema';
import type { Issue } from '../../shared/errors/errors';
import { useAuthed } from '../auth/authed-context';
import { t } from '../i18n/i18n';
import { AdminForm, type FormField, type FormValues, type Parsed } from '../masterdata/admin-form';
import { announce } from '../ui/announce';
import { focusAfter } from '../ui/focus';
import type { Option } from '../ui/fields';
import { createAbsence } from './local-writes';
import { abt } from './texts';

const required = (path: string): Issue => ({ path, code: 'required', message: '' });

/** The form's text as a new absence; the rules themselves run in createAbsence (shared with the server). */
function parse(values: FormValues, fixed: { personId: string | null; status: 'requested' | 'approved' }): Parsed {
  const names = fixed.personId ? ['from', 'to'] : ['personId', 'kind', 'from', 'to'];
  const issues = names.filter((n) => !values[n]).map(required);
  const input = {
    personId: fixed.personId ?? values.personId,
    kind: fixed.personId ? 'leave' : values.kind,
    from: values.from,
    to: values.to,
    startTime: values.startTime || null,
    endTime: values.endTime || null,
    status: fixed.status,
    note: (values.note ?? '').trim(),
  };
  return { input, issues };
}

/**
 * A leave request of one's own (`people` absent) or, for planners, an absence of anyone, approved at once.
 * After saving the form starts empty again; the saved news is announced.
 */
export function AbsenceForm(props: { idPrefix: string; people?: Option[]; saved: string }): JSX.Element {
  const { db, user } = useAuthed();
  const [round, setRound] = createSignal(0);
  const planner = () => props.people !== undefined;
  const fields = (): FormField[] => [
    ...(props.people
      ? ([
          { name: 'personId', label: t('absence.personId'), type: 'select', options: props.people, required: true },
          {
            name: 'kind',
            label: t('absence.kind'),
            type: 'select',
            options: absenceKinds.map((k) => ({ value: k, label: abt(`kind.${k}`) })),
            required: true,
          },
        ] satisfies FormField[])
      : []),
    { name: 'from', label: t('absence.from'), type: 'date', required: true },
    { name: 'to', label: t('absence.to'), type: 'date', required: true },
    { name: 'startTime', label: t('absence.startTime'), type: 'time' },
    { name: 'endTime', label: t('absence.endTime'), type: 'time' },
    { name: 'note', label: t('absence.note'), type: 'text', maxLength: 2000 },
  ];
  const fixed = () =>
    planner() ? { personId: null, status: 'approved' as const } : { personId: user.id, status: 'requested' as const };
  return (
    <Show when={round() + 1} keyed>
      <AdminForm
        idPrefix={props.idPrefix}
        fields={fields}
        initial={{}}
        parse={(values) => parse(values, fixed())}
        onSave={async (input) => {
          await createAbsence(db, user, input as Parameters<typeof createAbsence>[2]);
          const button = document.activeElement;
          announce(props.saved);
          setRound((n) => n + 1);
          // The form starts again: focus its first field rather than losing it with the old button.
          focusAfter(`#${props.idPrefix}-${planner() ? 'personId' : 'from'}`, button);
        }}
      />
    </Show>
  );
}
