import { z } from 'zod';
import type { Issue } from '../../shared/errors/errors';
import { closureDayEditableFields } from '../../shared/holidays/schema';
import { associationSettingsEditableFields } from '../../shared/masterdata/association-settings';
import { checkCoordinates, checkStateOfCountry } from '../../shared/masterdata/row-checks';
import {
  municipalityEditableFields,
  serviceTypeEditableFields,
  siteEditableFields,
} from '../../shared/masterdata/schemas';

/**
 * How a form's text becomes a field's value: as typed (trimmed), as typed or nothing when empty, a decimal
 * or nothing, or euros as cents.
 */
export type Conversion = 'text' | 'optional' | 'decimal' | 'euros';
export type FormSpec = {
  editable: z.ZodRawShape;
  conversions?: Record<string, Conversion>;
  rules: (input: never) => Issue[];
  /** The message key of a field's schema failure (e.g. an e-mail's); `issue.invalid` otherwise. */
  messages?: Record<string, string>;
};

const decimal = (text: string): number | null | typeof NaN => {
  const t = text.trim().replace(',', '.');
  if (t === '') return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
};

/**
 * The form's text as the fields' values, checked with the same schemas and rules as the device's write
 * and the server; issues name the field and carry a message key (client/masterdata/admin-texts.ts).
 */
export function parseForm(
  spec: FormSpec,
  values: Record<string, string>,
): { input: Record<string, unknown>; issues: Issue[] } {
  const input: Record<string, unknown> = {};
  const issues: Issue[] = [];
  for (const name of Object.keys(spec.editable)) {
    const text = values[name] ?? '';
    const how = spec.conversions?.[name] ?? 'text';
    if (how === 'text') input[name] = text.trim();
    else if (how === 'optional') input[name] = text.trim() === '' ? null : text.trim();
    else {
      const n = decimal(text);
      if (Number.isNaN(n)) issues.push({ path: name, code: 'issue.number', message: 'Not a number' });
      // Cents from euros: rounded, so 68,00 is 6800 and not 6799.999….
      input[name] = how === 'euros' && n !== null ? Math.round(n * 100) : n;
    }
  }
  const parsed = z.object(spec.editable).safeParse(input);
  if (!parsed.success)
    for (const i of parsed.error.issues) {
      const path = i.path.join('.');
      if (issues.some((x) => x.path === path)) continue;
      const empty = input[path] === '' || input[path] === null;
      const code = empty && i.code !== 'custom' ? 'required' : (spec.messages?.[path] ?? 'issue.invalid');
      issues.push({ path, code, message: i.message });
    }
  if (issues.length > 0) return { input, issues };
  return { input, issues: spec.rules(input as never) };
}

export const municipalityForm: FormSpec = {
  editable: municipalityEditableFields,
  rules: checkStateOfCountry,
  messages: { contactEmail: 'issue.email', contactPhone: 'issue.phone' },
};
export const siteForm: FormSpec = {
  editable: siteEditableFields,
  conversions: { latitude: 'decimal', longitude: 'decimal' },
  rules: checkCoordinates,
  messages: { latitude: 'issue.latitude', longitude: 'issue.longitude' },
};
export const serviceTypeForm: FormSpec = {
  editable: serviceTypeEditableFields,
  conversions: { hourlyRateCents: 'euros' },
  rules: () => [],
  messages: { hourlyRateCents: 'issue.rate' },
};
export const closureDayForm: FormSpec = {
  editable: closureDayEditableFields,
  // Empty: all municipalities.
  conversions: { municipalityId: 'optional' },
  rules: () => [],
};
export const associationForm: FormSpec = {
  editable: associationSettingsEditableFields,
  rules: checkStateOfCountry,
  messages: { timeZone: 'issue.timeZone' },
};

/** A row's values as the form's text. */
export function formValuesOf(spec: FormSpec, row: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(spec.editable)) {
    const v = row[name];
    const how = spec.conversions?.[name] ?? 'text';
    out[name] =
      v === null || v === undefined
        ? ''
        : how === 'euros'
          ? (Number(v) / 100).toFixed(2).replace('.', ',')
          : how === 'decimal'
            ? String(v).replace('.', ',')
            : String(v);
  }
  return out;
}

/**
 * The fields the person changed since the form opened, and only those: a field another administrator
 * changed meanwhile (and a pull brought in) is not written back with the value the form started from.
 */
export function editsSince(
  spec: FormSpec,
  started: Record<string, unknown>,
  input: Record<string, unknown>,
): Record<string, unknown> {
  const before = parseForm(spec, formValuesOf(spec, started)).input;
  return Object.fromEntries(Object.entries(input).filter(([k, v]) => JSON.stringify(before[k]) !== JSON.stringify(v)));
}
