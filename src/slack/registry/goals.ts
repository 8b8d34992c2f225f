import * as goalKrAccept from '../listeners/actions/goal-kr-accept.ts';
import * as goalKrChange from '../listeners/actions/goal-kr-change.ts';
import * as goalKrDecline from '../listeners/actions/goal-kr-decline.ts';
import * as goalKrPropose from '../listeners/actions/goal-kr-propose.ts';
import * as goalKrRevise from '../listeners/actions/goal-kr-revise.ts';
import * as goalNewOpen from '../listeners/actions/goal-new-open.ts';
import * as goalNext from '../listeners/actions/goal-next.ts';
import * as goalUpdateOpen from '../listeners/actions/goal-update-open.ts';
import * as goalCommand from '../listeners/commands/goal.ts';
import * as goalThreadMessage from '../listeners/events/goal-thread-message.ts';
import * as goalCreate from '../listeners/views/goal-create.ts';
import * as goalKrChangeSubmit from '../listeners/views/goal-kr-change-submit.ts';
import * as goalKrSubmit from '../listeners/views/goal-kr-submit.ts';
import * as goalUpdateSubmit from '../listeners/views/goal-update-submit.ts';
import type { ListenerModule } from './types.ts';

export const goalListeners: ListenerModule[] = [
  goalCommand,
  goalNewOpen,
  goalKrPropose,
  goalKrRevise,
  goalKrChange,
  goalKrAccept,
  goalKrDecline,
  goalUpdateOpen,
  goalNext,
  goalCreate,
  goalKrSubmit,
  goalKrChangeSubmit,
  goalUpdateSubmit,
  goalThreadMessage,
];
