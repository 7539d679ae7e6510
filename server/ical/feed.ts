import { TZDate } from '@date-fns/tz';
import ical, { ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';

/** One assignment as the feed shows it: the row's id, revision and time of its last change, and names. */
export type FeedEvent = {
  id: string;
  rev: number;
  updatedAt: string;
  plannedStart: string;
  plannedEnd: string;
  status: string;
  task: string;
  serviceType: string;
  municipality: string;
  site: string;
  address: string;
};

/** Calendar apps poll on their own schedule; four hours asks them to look a few times a day. */
export const FEED_REFRESH_SECONDS = 4 * 3600;

/** A stable UID: calendar apps match updates by it, so it depends on the assignment's id only. */
export const uidOf = (assignmentId: string): string => `${assignmentId}@ikz-einsatz`;

/**
 * The VTIMEZONE block for the zone. ical-generator would add it only with a calendar-wide zone, which also
 * turns DTSTAMP and LAST-MODIFIED into floating local times (RFC 5545 wants UTC there), so it is set here.
 */
function withTimezone(calendar: string, timeZone: string): string {
  const block = tzlib_get_ical_block(timeZone);
  const vtimezone = Array.isArray(block) ? block[0] : undefined;
  if (!vtimezone) return calendar;
  const at = calendar.indexOf('BEGIN:VEVENT');
  const cut = at >= 0 ? at : calendar.lastIndexOf('END:VCALENDAR');
  return `${calendar.slice(0, cut)}${vtimezone}\r\n${calendar.slice(cut)}`;
}

/**
 * A person's assignments as RFC 5545 text. SEQUENCE is the row's server revision (it rises with every
 * change, and only then), LAST-MODIFIED and DTSTAMP its server-stamped change time; times carry the
 * association's TZID so a planned 8:00 stays 8:00 across daylight-saving changes.
 */
export function buildFeed(events: readonly FeedEvent[], options: { name: string; timeZone: string }): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'IKZ Einsatz', product: 'Einsatzplan', language: 'DE' },
    ttl: FEED_REFRESH_SECONDS,
  });
  for (const e of events) {
    const changed = new Date(e.updatedAt);
    calendar.createEvent({
      id: uidOf(e.id),
      sequence: e.rev,
      stamp: changed,
      lastModified: changed,
      start: new TZDate(e.plannedStart, options.timeZone),
      end: new TZDate(e.plannedEnd, options.timeZone),
      timezone: options.timeZone,
      summary: `${e.serviceType} · ${e.municipality}`,
      location: e.address ? `${e.site}, ${e.address}` : e.site,
      description: e.task || null,
      status: e.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return withTimezone(calendar.toString(), options.timeZone);
}
