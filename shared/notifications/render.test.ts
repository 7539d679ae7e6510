import { describe, expect, it } from 'vitest';
import { notificationKinds } from './schema';
import { renderNotification } from './render';

const params = {
  start: '2026-12-07T07:00:00.000Z',
  end: '2026-12-07T11:00:00.000Z',
  timeZone: 'Europe/Berlin',
  place: 'Ossiach',
  person: 'Lena Hofer',
};

describe('renderNotification', () => {
  it('writes German with times in the association zone', () => {
    const r = renderNotification('assignment.moved', params, 'de');
    expect(r.title).toBe('Einsatz verschoben');
    expect(r.body).toContain('Ossiach');
    expect(r.body).toContain('08:00–12:00');
  });
  it('writes English', () => {
    expect(renderNotification('cover.filled', params, 'en')).toMatchObject({ title: 'Cover confirmed' });
    expect(renderNotification('cover.filled', params, 'en').body).toContain('Lena Hofer will come');
  });
  it('has distinct words for every kind in both languages', () => {
    for (const lang of ['de', 'en'] as const) {
      const titles = notificationKinds.map((k) => renderNotification(k, params, lang).title);
      expect(new Set(titles).size).toBe(notificationKinds.length);
    }
  });
  it('survives missing parameters', () => {
    expect(renderNotification('assignment.assigned', {}, 'de').title).toBe('Neuer Einsatz');
  });
});
