import type { Db } from './database.ts';
import { PrismaCheckinStore } from './repositories/checkins.ts';
import { PrismaEventLedger } from './repositories/events.ts';
import { PrismaTeamStore } from './repositories/teams.ts';

/** Every repository over one database handle: the only code that touches Prisma. */
export function createStores(db: Db) {
  return {
    teams: new PrismaTeamStore(db),
    checkins: new PrismaCheckinStore(db),
    events: new PrismaEventLedger(db),
  };
}

export type Stores = ReturnType<typeof createStores>;
