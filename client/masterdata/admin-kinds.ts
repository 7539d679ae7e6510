import type { SessionUser } from '../../shared/auth/schemas';
import { billingUnits, siteKinds } from '../../shared/masterdata/schemas';
import { statesOf } from '../../shared/masterdata/regions';
import type { LocalDb } from '../db/local-db';
import { closureParts } from '../../shared/holidays/schema';
import { closureDayWrites } from '../holidays/local-writes';
import { formatDayLong, locale, t } from '../i18n/i18n';
import type { Option } from '../ui/fields';
import type { FormField, FormValues } from './admin-form';
import { type AdminText, at } from './admin-texts';
import { closureDayForm, type FormSpec, municipalityForm, serviceTypeForm, siteForm } from './form-values';
import { municipalityWrites, serviceTypeWrites, siteWrites } from './local-writes';
import type { Lookups } from './lookups';

type AnyRow = { id: string; name: string } & Record<string, unknown>;
type Writes = {
  create(db: LocalDb, user: SessionUser, input: never): Promise<{ id: string }>;
  update(db: LocalDb, user: SessionUser, id: string, changes: never): Promise<unknown>;
  delete(db: LocalDb, user: SessionUser, id: string): Promise<void>;
};

/** One administered list: where it lives, its form and how a row reads in the list. */
export type AdminKind = {
  key: 'municipalities' | 'sites' | 'serviceTypes' | 'closureDays';
  base: string;
  spec: FormSpec;
  empty: FormValues;
  fields: (values: FormValues, lookups: Lookups) => FormField[];
  rows: (lookups: Lookups) => AnyRow[];
  detail: (row: AnyRow, lookups: Lookups) => string;
  writes: Writes;
};

const options = (values: readonly string[], label: (v: string) => string): Option[] =>
  values.map((value) => ({ value, label: label(value) }));
export const countryOptions = () => options(['AT', 'DE'], (c) => at(`country.${c}` as AdminText));
export const stateOptions = (country: string): Option[] =>
  country === 'DE' || country === 'AT'
    ? Object.entries(statesOf[country]).map(([value, label]) => ({ value, label }))
    : [];
const address = (prefix = ''): FormField[] => [
  { name: 'street', label: `${prefix}${t('field.street')}`, type: 'text', maxLength: 160 },
  { name: 'postalCode', label: t('field.postalCode'), type: 'text', maxLength: 10 },
  { name: 'city', label: t('field.city'), type: 'text', maxLength: 120 },
];
const joined = (...parts: unknown[]) => parts.filter((p) => typeof p === 'string' && p !== '').join(' · ');

export const municipalityKind: AdminKind = {
  key: 'municipalities',
  base: '/verwaltung/gemeinden',
  spec: municipalityForm,
  empty: { country: 'AT', state: '' },
  fields: (v) => [
    { name: 'name', label: t('field.name'), type: 'text', required: true, maxLength: 120 },
    { name: 'country', label: t('field.country'), type: 'select', required: true, options: countryOptions() },
    { name: 'state', label: t('field.state'), type: 'select', required: true, options: stateOptions(v.country ?? '') },
    ...address(),
    { name: 'costCentre', label: t('field.costCentre'), type: 'text', maxLength: 60 },
    { name: 'contactName', label: t('field.contactName'), type: 'text', maxLength: 120 },
    { name: 'contactEmail', label: t('field.contactEmail'), type: 'email', maxLength: 200 },
    { name: 'contactPhone', label: t('field.contactPhone'), type: 'tel', maxLength: 40 },
  ],
  rows: (l) => l.municipalities(),
  detail: (r) => joined(r.postalCode, r.city, r.costCentre),
  writes: municipalityWrites as unknown as Writes,
};

export const siteKind: AdminKind = {
  key: 'sites',
  base: '/verwaltung/standorte',
  spec: siteForm,
  empty: { kind: 'town_hall' },
  fields: (_v, l) => [
    {
      name: 'municipalityId',
      label: t('entry.municipality'),
      type: 'select',
      required: true,
      options: l.municipalities().map((m) => ({ value: m.id, label: m.name })),
    },
    { name: 'name', label: t('field.name'), type: 'text', required: true, maxLength: 160 },
    {
      name: 'kind',
      label: t('field.kind'),
      type: 'select',
      required: true,
      options: options(siteKinds, (k) => at(`kind.${k}` as AdminText)),
    },
    ...address(),
    { name: 'latitude', label: t('field.latitude'), type: 'decimal', hint: at('edit.coordinatesHint') },
    { name: 'longitude', label: t('field.longitude'), type: 'decimal' },
  ],
  rows: (l) => l.sites(),
  detail: (r, l) => joined(l.municipality(String(r.municipalityId))?.name, at(`kind.${r.kind}` as AdminText)),
  writes: siteWrites as unknown as Writes,
};

export const serviceTypeKind: AdminKind = {
  key: 'serviceTypes',
  base: '/verwaltung/leistungen',
  spec: serviceTypeForm,
  empty: { billingUnit: 'hour' },
  fields: () => [
    { name: 'code', label: t('field.code'), type: 'text', required: true, maxLength: 40 },
    { name: 'name', label: t('field.name'), type: 'text', required: true, maxLength: 120 },
    {
      name: 'hourlyRateCents',
      label: t('field.hourlyRate'),
      type: 'decimal',
      required: true,
      hint: at('edit.rateHint'),
    },
    {
      name: 'billingUnit',
      label: t('field.billingUnit'),
      type: 'select',
      required: true,
      options: options(billingUnits, (u) => at(`unit.${u}` as AdminText)),
    },
  ],
  rows: (l) => l.serviceTypes(),
  detail: (r) =>
    joined(
      r.code,
      at('rate.per', {
        rate: (Number(r.hourlyRateCents) / 100).toLocaleString(locale(), { minimumFractionDigits: 2 }),
        unit: at('unit.hour'),
      }),
      at('rate.billed', { unit: at(`unit.${r.billingUnit}` as AdminText) }),
    ),
  writes: serviceTypeWrites as unknown as Writes,
};

/** The association's own closure days (public holidays come from the server by themselves). */
export const closureDayKind: AdminKind = {
  key: 'closureDays',
  base: '/verwaltung/schliesstage',
  spec: closureDayForm,
  empty: { part: 'whole', municipalityId: '' },
  fields: (_v, l) => [
    { name: 'date', label: t('closure.date'), type: 'date', required: true, hint: at('closure.hint') },
    {
      name: 'municipalityId',
      label: t('entry.municipality'),
      type: 'select',
      options: [
        { value: '', label: at('closure.allMunicipalities') },
        ...l.municipalities().map((m) => ({ value: m.id, label: m.name })),
      ],
    },
    {
      name: 'part',
      label: t('closure.part'),
      type: 'select',
      required: true,
      options: options(closureParts, (p) => at(`closure.part.${p}` as AdminText)),
    },
    { name: 'name', label: t('field.name'), type: 'text', required: true, maxLength: 120 },
  ],
  rows: (l) => l.closureDays(),
  detail: (r, l) =>
    joined(
      formatDayLong(String(r.date)),
      at(`closure.part.${r.part}` as AdminText),
      r.municipalityId ? l.municipality(String(r.municipalityId))?.name : at('closure.allMunicipalities'),
    ),
  writes: closureDayWrites as unknown as Writes,
};
