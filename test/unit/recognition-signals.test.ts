import { describe, expect, it } from 'vitest';
import { localDay } from '../../src/domain/recognition/cap.ts';
import type { KudosEdge, TeamValue } from '../../src/domain/recognition/model.ts';
import {
  crossPosition,
  distribution,
  gini,
  leaderboard,
  reciprocity,
  unrecognised,
} from '../../src/domain/recognition/signals.ts';
import { DEFAULT_VALUES, findValue, reactionValue } from '../../src/domain/recognition/values.ts';

const at = (iso: string) => new Date(iso);
const edge = (
  giverId: string,
  receiverId: string,
  createdAt = '2026-11-20T02:00:00Z',
  positions: [string | null, string | null] = [null, null],
): KudosEdge => ({
  giverId,
  receiverId,
  valueKey: 'service',
  createdAt: at(createdAt),
  giverPositionId: positions[0],
  receiverPositionId: positions[1],
});

describe('reciprocity', () => {
  it('when some pairs recognise each other back, then the rate counts directed pairs whose reverse exists', () => {
    const result = reciprocity([edge('a', 'b'), edge('b', 'a'), edge('a', 'b'), edge('a', 'c'), edge('c', 'd')]);
    expect(result).toEqual({ pairs: 4, reciprocatedPairs: 2, rate: 0.5, mutual: [['a', 'b']] });
  });

  it('when there are no kudos, then the rate is null, not zero', () => {
    expect(reciprocity([])).toEqual({ pairs: 0, reciprocatedPairs: 0, rate: null, mutual: [] });
  });
});

describe('crossPosition', () => {
  it('when kudos cross positions, then the rate counts only kudos with both positions known', () => {
    const result = crossPosition([
      edge('a', 'b', undefined, ['sales', 'logistics']),
      edge('c', 'b', undefined, ['sales', 'logistics']),
      edge('a', 'd', undefined, ['sales', 'sales']),
      edge('a', 'e', undefined, ['sales', null]),
    ]);
    expect(result).toEqual({
      known: 3,
      cross: 2,
      unknown: 1,
      rate: 2 / 3,
      flows: [{ fromPositionId: 'sales', toPositionId: 'logistics', count: 2 }],
    });
  });

  it('when no kudos have both positions, then the rate is null', () => {
    expect(crossPosition([edge('a', 'b')]).rate).toBeNull();
  });
});

describe('unrecognised', () => {
  const now = at('2026-11-30T00:00:00Z');
  it('when a member was last recognised before the window or never, then they are listed with the last time', () => {
    const edges = [edge('a', 'b', '2026-11-25T00:00:00Z'), edge('a', 'c', '2026-10-01T00:00:00Z')];
    const members = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(unrecognised(members, edges, now, 4)).toEqual([
      { memberId: 'a', lastRecognisedAt: null },
      { memberId: 'c', lastRecognisedAt: at('2026-10-01T00:00:00Z') },
    ]);
  });

  it('when a member joined within the window, then they are not counted as unrecognised yet', () => {
    expect(
      unrecognised(
        [
          { id: 'new', since: at('2026-11-20T00:00:00Z') },
          { id: 'old', since: at('2026-01-01T00:00:00Z') },
        ],
        [],
        now,
        4,
      ).map((u) => u.memberId),
    ).toEqual(['old']);
  });

  it('when someone recognised themselves (never stored, but defended), then it does not count', () => {
    expect(unrecognised([{ id: 'a' }], [edge('a', 'a', '2026-11-29T00:00:00Z')], now, 4)).toHaveLength(1);
  });
});

describe('distribution and gini', () => {
  it('when kudos are spread, then every listed member appears with their counts', () => {
    const result = distribution(['a', 'b', 'c'], [edge('a', 'b'), edge('a', 'b'), edge('b', 'a')]);
    expect(result.given).toEqual({ a: 2, b: 1, c: 0 });
    expect(result.received).toEqual({ a: 1, b: 2, c: 0 });
  });

  it('when counts are equal the gini is 0; when one person has all of them it approaches 1', () => {
    expect(gini([3, 3, 3])).toBe(0);
    expect(gini([0, 0, 0, 10])).toBeCloseTo(0.75);
    expect(gini([])).toBeNull();
    expect(gini([0, 0])).toBeNull();
  });

  it('when the leaderboard is ranked, then most recognised come first and ties keep a stable order', () => {
    expect(leaderboard([edge('a', 'c'), edge('b', 'c'), edge('c', 'b'), edge('c', 'a')], 2)).toEqual([
      { memberId: 'c', count: 2 },
      { memberId: 'a', count: 1 },
    ]);
  });
});

describe('values and the giver’s day', () => {
  const values: TeamValue[] = DEFAULT_VALUES.map((v, i) => ({
    ...v,
    id: `v${i}`,
    teamId: 't',
    active: v.key !== 'learning',
  }));

  it('when a value is named by key, Chinese label or English label, then it is found; a removed one is not', () => {
    expect(findValue(values, 'OneHeart')?.key).toBe('oneheart');
    expect(findValue(values, '合心')?.key).toBe('oneheart');
    expect(findValue(values, '全员服务')?.key).toBe('service');
    expect(findValue(values, 'service-by-everyone')).toBeNull();
    expect(findValue(values, 'Service_by everyone')?.key).toBe('service');
    expect(findValue(values, 'learning')).toBeNull();
    expect(reactionValue(values)?.key).toBe('service');
  });

  it('when the day is computed in Shanghai, then it runs from local midnight to the next', () => {
    expect(localDay(at('2026-11-30T17:30:00Z'), 'Asia/Shanghai')).toEqual({
      localDate: '2026-12-01',
      from: at('2026-11-30T16:00:00Z'),
      to: at('2026-12-01T16:00:00Z'),
    });
  });

  it('when a daylight-saving change falls in the day, then the day is 25 hours long', () => {
    const day = localDay(at('2026-11-01T12:00:00Z'), 'America/Chicago');
    expect((day.to.getTime() - day.from.getTime()) / 3_600_000).toBe(25);
  });
});
