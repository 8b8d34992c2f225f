import type { Database } from './database.ts';
import { PrismaCheckinStore } from './repositories/checkins.ts';
import { PrismaDigestStore } from './repositories/digest.ts';
import { PrismaEffectLog } from './repositories/effects.ts';
import { PrismaEventLedger } from './repositories/events.ts';
import { PrismaFeedbackStore } from './repositories/feedback.ts';
import { PrismaGoalStore } from './repositories/goals.ts';
import { PrismaInformalStore } from './repositories/informal.ts';
import { PrismaOutboxStore } from './repositories/outbox.ts';
import { PrismaPulseStore } from './repositories/pulse.ts';
import { PrismaRecognitionStore } from './repositories/recognition.ts';
import { PrismaRoleStore } from './repositories/roles.ts';
import { PrismaScorecardStore } from './repositories/scorecards.ts';
import { PrismaTeamStore } from './repositories/teams.ts';
import { rawThrough } from './unit-of-work.ts';

/** Every repository over one database handle: the only code that touches Prisma. */
export function createStores(database: Pick<Database, 'prisma' | 'raw'>) {
  const db = database.prisma;
  const raw = rawThrough(database.raw);
  return {
    teams: new PrismaTeamStore(db, raw),
    checkins: new PrismaCheckinStore(db, raw),
    events: new PrismaEventLedger(db),
    effects: new PrismaEffectLog(db),
    feedback: new PrismaFeedbackStore(db),
    goals: new PrismaGoalStore(db, raw),
    recognition: new PrismaRecognitionStore(db),
    pulse: new PrismaPulseStore(db),
    informal: new PrismaInformalStore(db),
    digest: new PrismaDigestStore(db, raw),
    roles: new PrismaRoleStore(db),
    scorecards: new PrismaScorecardStore(db),
    outbox: new PrismaOutboxStore(db),
  };
}

export type Stores = ReturnType<typeof createStores>;
