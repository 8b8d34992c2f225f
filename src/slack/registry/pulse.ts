import * as pulseOpen from '../listeners/actions/pulse-open.ts';
import * as pulseCommand from '../listeners/commands/pulse.ts';
import * as pulseSubmit from '../listeners/views/pulse-submit.ts';
import type { ListenerModule } from './types.ts';

export const pulseListeners: ListenerModule[] = [pulseCommand, pulseOpen, pulseSubmit];
