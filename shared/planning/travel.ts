/**
 * Travel between sites, estimated without a routing service (the device plans offline): the
 * great-circle distance times a road factor, at a rural average speed.
 */
export type Point = { latitude: number; longitude: number };

const EARTH_KM = 6371;
/** Roads are longer than the straight line; 1.3 is the usual factor for rural Central Europe. */
export const ROAD_FACTOR = 1.3;
/** Average speed on county roads, with parking: km per hour. */
export const ROAD_KMH = 50;

const rad = (deg: number): number => (deg * Math.PI) / 180;

/** Haversine distance in kilometres. */
export function straightKm(a: Point, b: Point): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Road kilometres (one decimal) and minutes (whole) from a to b. */
export function travelEstimate(a: Point, b: Point): { km: number; minutes: number } {
  const road = straightKm(a, b) * ROAD_FACTOR;
  return { km: Math.round(road * 10) / 10, minutes: Math.round((road / ROAD_KMH) * 60) };
}

/** The mean of the points, or null for none: a municipality's place is that of its sites. */
export function centreOf(points: readonly Point[]): Point | null {
  if (points.length === 0) return null;
  let latitude = 0;
  let longitude = 0;
  for (const p of points) {
    latitude += p.latitude;
    longitude += p.longitude;
  }
  return { latitude: latitude / points.length, longitude: longitude / points.length };
}
