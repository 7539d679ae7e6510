import { describe, expect, it } from 'vitest';
import { editsSince, formValuesOf, municipalityForm, parseForm, serviceTypeForm, siteForm } from './form-values';

const site = {
  municipalityId: '0190aaaa-0000-7000-8000-000000000001',
  name: 'Volksschule',
  kind: 'school',
  street: '',
  postalCode: '',
  city: '',
  latitude: '',
  longitude: '',
};

describe('administration forms', () => {
  it('reads euros with a comma as whole cents and names the rate field when it is absurd', () => {
    const form = { code: 'IT', name: 'IT', hourlyRateCents: '68,10', billingUnit: 'hour' };
    expect(parseForm(serviceTypeForm, form)).toEqual({ input: { ...form, hourlyRateCents: 6810 }, issues: [] });
    for (const [typed, code] of [
      ['1500', 'issue.rate'],
      ['-1', 'issue.rate'],
      ['zehn', 'issue.number'],
      ['', 'required'],
    ])
      expect(parseForm(serviceTypeForm, { ...form, hourlyRateCents: typed! }).issues).toEqual([
        expect.objectContaining({ path: 'hourlyRateCents', code }),
      ]);
  });

  it('takes empty coordinates as none and refuses half a pair or one out of range', () => {
    expect(parseForm(siteForm, site).input).toMatchObject({ latitude: null, longitude: null });
    expect(parseForm(siteForm, { ...site, latitude: '46,72' }).issues).toEqual([
      expect.objectContaining({ path: 'longitude', code: 'coordinates_incomplete' }),
    ]);
    expect(parseForm(siteForm, { ...site, latitude: '95', longitude: '14' }).issues).toEqual([
      expect.objectContaining({ path: 'latitude', code: 'issue.latitude' }),
    ]);
  });

  it('refuses a state of another country and a malformed contact e-mail at their fields', () => {
    const m = {
      name: 'Moosburg',
      country: 'AT',
      state: 'DE-BY',
      street: '',
      postalCode: '',
      city: '',
      costCentre: '',
      contactName: '',
      contactEmail: '',
      contactPhone: '',
    };
    expect(parseForm(municipalityForm, m).issues).toEqual([expect.objectContaining({ path: 'state' })]);
    expect(parseForm(municipalityForm, { ...m, state: 'AT-2', contactEmail: 'amt@' }).issues).toEqual([
      expect.objectContaining({ path: 'contactEmail', code: 'issue.email' }),
    ]);
  });

  it('sends only what the person changed since the form opened', () => {
    const row = { code: 'IT', name: 'IT', hourlyRateCents: 6800, billingUnit: 'hour' };
    const values = formValuesOf(serviceTypeForm, row);
    expect(values.hourlyRateCents).toBe('68,00');
    const typed = parseForm(serviceTypeForm, { ...values, name: 'IT-Support' }).input;
    expect(editsSince(serviceTypeForm, row, typed)).toEqual({ name: 'IT-Support' });
  });
});
