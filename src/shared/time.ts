/** Zones found valid so far: asked for every member a tick plans, and building a formatter is slow. */
const knownZones = new Set<string>();

/** True for an IANA time zone name this runtime knows, e.g. "Asia/Shanghai". */
export function isTimeZone(zone: string): boolean {
  if (!zone) return false;
  if (knownZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    return false;
  }
  // Only valid names are kept, so the set is bounded by the zone database, whatever is typed.
  knownZones.add(zone);
  return true;
}
