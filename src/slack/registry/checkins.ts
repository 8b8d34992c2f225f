import * as blockerHelp from '../listeners/actions/blocker-help.ts';
import * as checkinOpen from '../listeners/actions/checkin-open.ts';
import * as checkinSkip from '../listeners/actions/checkin-skip.ts';
import * as checkinSnooze from '../listeners/actions/checkin-snooze.ts';
import * as checkinCommand from '../listeners/commands/checkin.ts';
import * as checkinSubmit from '../listeners/views/checkin-submit.ts';
import type { ListenerModule } from './types.ts';

export const checkinListeners: ListenerModule[] = [
  checkinCommand,
  checkinOpen,
  checkinSkip,
  checkinSnooze,
  blockerHelp,
  checkinSubmit,
];
