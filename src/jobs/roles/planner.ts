import type { Planner } from '../../infra/queue/processor.ts';

/** The nightly analysis runs at this UTC hour (04:00 in China), before the working day. */
export const NIGHTLY_UTC_HOUR = 20;

/**
 * Once a day, every team's overlaps and gaps are worked out again: members join and
 * leave and key results are accepted without any role edit, and the digest reads the
 * stored findings. One job per team per day (the day is in its id).
 */
export const planRoleAnalyses: Planner = async (minute, deps) => {
  if (minute.getUTCHours() !== NIGHTLY_UTC_HOUR || minute.getUTCMinutes() !== 0) return [];
  const day = minute.toISOString().slice(0, 10).replace(/-/g, '');
  return (await deps.roles.roles.teamIds()).map((teamId) => ({
    name: 'roles-analyze',
    data: { teamId, edit: `nightly-${day}` },
  }));
};
