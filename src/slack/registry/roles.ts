import * as roleEdit from '../listeners/actions/role-edit.ts';
import * as roleJudge from '../listeners/actions/role-judge.ts';
import * as roleKeyResultDuty from '../listeners/actions/role-kr-duty.ts';
import * as roleSameAs from '../listeners/actions/role-same-as.ts';
import * as roleCommand from '../listeners/commands/role.ts';
import * as roleSubmit from '../listeners/views/role-submit.ts';
import type { ListenerModule } from './types.ts';

export const roleListeners: ListenerModule[] = [
  roleCommand,
  roleSubmit,
  roleJudge,
  roleKeyResultDuty,
  roleEdit,
  roleSameAs,
];
