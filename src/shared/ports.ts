/** Ports of the platform itself (not of one capability), typed here so no layer needs a repository class. */

/** Slack's event ids seen so far: a re-delivered event is passed over. */
export interface EventLedger {
  /** True the first time an event id is seen, false for every delivery after it. */
  firstDelivery(eventId: string): Promise<boolean>;
}

/** A record kept only for a while (event ids, job effects): the clock's hourly pass forgets old ones. */
export interface Forgetful {
  forgetBefore(cutoff: Date): Promise<number>;
}
