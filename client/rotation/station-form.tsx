import type { JSX } from 'solid-js';
import { can } from '../../shared/capabilities/capabilities';
import type { Issue } from '../../shared/errors/errors';
import type { Station, StationInput } from '../../shared/rotation/schema';
import type { Municipality, Person } from '../../shared/masterdata/schemas';
import { t } from '../i18n/i18n';
import { AdminForm, type FormField, type FormValues, type Parsed } from '../masterdata/admin-form';
import { rt } from './texts';

const required = (path: string): Issue => ({ path, code: 'required', message: '' });
export const splitAreas = (text: string): string[] =>
  text
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);

/** The form's text as a station of `apprenticeId`; the rules run again in the local write and on the server. */
export function parseStation(values: FormValues, apprenticeId: string): Parsed {
  const names = ['municipalityId', 'startsOn', 'endsOn', 'startTime', 'mentorId'];
  const input: StationInput = {
    apprenticeId,
    municipalityId: values.municipalityId ?? '',
    department: (values.department ?? '').trim(),
    startsOn: values.startsOn ?? '',
    endsOn: values.endsOn ?? '',
    startTime: values.startTime ?? '',
    mentorId: values.mentorId ?? '',
    deputyId: values.deputyId || null,
    trainingAreas: splitAreas(values.trainingAreas ?? ''),
  };
  return { input, issues: names.filter((n) => !values[n]).map(required) };
}

export const valuesOf = (s: Station | null): FormValues =>
  s
    ? {
        municipalityId: s.municipalityId,
        department: s.department,
        startsOn: s.startsOn,
        endsOn: s.endsOn,
        startTime: s.startTime,
        mentorId: s.mentorId,
        deputyId: s.deputyId ?? '',
        trainingAreas: s.trainingAreas.join(', '),
      }
    : { startTime: '08:00' };

/** Adding or editing one station; mentors offered are the people who may sign training records. */
export function StationForm(props: {
  station: Station | null;
  apprenticeId: string;
  people: Person[];
  municipalities: Municipality[];
  onSave: (input: StationInput) => Promise<void>;
  extra?: JSX.Element;
}): JSX.Element {
  const mentors = () =>
    props.people
      .filter((p) => p.active && can(p, 'training.sign'))
      .map((p) => ({ value: p.id, label: p.displayName }))
      .sort((a, b) => a.label.localeCompare(b.label, 'de'));
  const fields = (): FormField[] => [
    {
      name: 'municipalityId',
      label: rt('municipality'),
      type: 'select',
      required: true,
      options: props.municipalities.map((m) => ({ value: m.id, label: m.name })),
    },
    { name: 'department', label: t('rotation.department'), type: 'text', maxLength: 120 },
    { name: 'startsOn', label: t('absence.from'), type: 'date', required: true },
    { name: 'endsOn', label: t('absence.to'), type: 'date', required: true },
    { name: 'startTime', label: t('series.startTime'), type: 'time', required: true },
    { name: 'mentorId', label: t('rotation.mentor'), type: 'select', required: true, options: mentors() },
    { name: 'deputyId', label: t('rotation.deputy'), type: 'select', hint: rt('noDeputy'), options: mentors() },
    { name: 'trainingAreas', label: t('rotation.areas'), type: 'text', hint: rt('stationAreasHint'), maxLength: 600 },
  ];
  return (
    <AdminForm
      idPrefix="station"
      fields={fields}
      initial={valuesOf(props.station)}
      parse={(v) => parseStation(v, props.apprenticeId)}
      onSave={(input) => props.onSave(input as StationInput)}
      extra={props.extra}
    />
  );
}
