/**
 * The id of a series' assignment on a date: the series id up to its last group, then the day number.
 * Device and server name the same occurrence alike, so an expansion sent twice, or by two planners at
 * once, meets the primary key instead of making a second copy. Version and variant stay the series id's.
 */
export function occurrenceId(seriesId: string, date: string): string {
  const day = Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
  return `${seriesId.slice(0, 24)}${day.toString(16).padStart(12, '0')}`;
}
