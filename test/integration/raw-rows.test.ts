import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../../src/infra/db/generated/client.ts';
import { currentClient, rawThrough, unitOfWork } from '../../src/infra/db/unit-of-work.ts';
import { Harness, WORKSPACE } from '../support/harness.ts';

/**
 * The busiest reads and writes are hand-written SQL (src/infra/db/raw-rows.ts). Each must do what
 * the model API did before it, field for field and value for value (dates, arrays, JSON, nulls),
 * so the reference in each test is the ORM query the SQL replaced.
 */
describe('hand-written SQL for the busiest reads and writes', () => {
  let h: Harness;
  let memberId: string;
  let teamId: string;

  // Not UTC, so that a date read or written as local time shows.
  const zoneBefore = process.env.TZ;
  beforeAll(async () => {
    process.env.TZ = 'Asia/Shanghai';
    h = await Harness.start();
    const db = h.runtime.db.prisma;
    await db.workspace.create({ data: { id: WORKSPACE } });
    const home = await db.team.create({
      data: {
        workspaceId: WORKSPACE,
        name: 'Harbour',
        homeChannelId: 'CRAWHOME',
        checkinDays: [1, 3, 5],
        checkinQuestions: ['today', 'mood'],
      },
    });
    const other = await db.team.create({
      data: { workspaceId: WORKSPACE, name: 'Hill', homeChannelId: 'CRAWHILL', informalChannelId: 'CRAWCOFFEE' },
    });
    const elsewhere = await db.workspace.create({ data: { id: 'TRAWOTHER' } });
    const foreign = await db.team.create({
      data: { workspaceId: elsewhere.id, name: 'Far', homeChannelId: 'CRAWFAR' },
    });
    const member = await db.member.create({
      data: {
        teamId: home.id,
        slackUserId: 'URAWANNA',
        displayName: 'Anna "A" <b>',
        joinedAt: new Date('2026-11-02T01:00:00.123Z'),
      },
    });
    await db.member.create({
      data: {
        teamId: other.id,
        slackUserId: 'URAWANNA',
        timeZone: 'Asia/Shanghai',
        locale: 'zh-CN',
        active: false,
        leftAt: new Date('2026-11-20T01:00:00Z'),
        joinedAt: new Date('2026-11-01T01:00:00Z'),
      },
    });
    await db.member.create({ data: { teamId: foreign.id, slackUserId: 'URAWANNA' } });
    memberId = member.id;
    teamId = home.id;
    await db.teamHoliday.createMany({
      data: [
        { teamId: home.id, date: '2026-12-25', name: 'Christmas' },
        { teamId: home.id, date: '2026-10-01', name: '国庆节' },
        { teamId: other.id, date: '2026-05-01' },
      ],
    });
    await db.vacation.createMany({
      data: [
        { memberId, startDate: '2026-12-07', endDate: '2026-12-11' },
        { memberId, startDate: '2027-01-04', endDate: '2027-01-04' },
      ],
    });
    await db.checkinPrompt.create({
      data: {
        memberId,
        teamId: home.id,
        localDate: '2026-11-30',
        status: 'sent',
        dmChannelId: 'DRAWANNA',
        messageTs: '2.2',
        sentAt: new Date('2026-11-30T01:00:00.250Z'),
        snoozedUntil: null,
      },
    });

    await db.checkinAnswer.create({
      data: {
        memberId,
        teamId: home.id,
        localDate: '2026-11-30',
        answers: { today: 'Harbour Road', mood: 4 },
        mood: 4,
        late: true,
        editedAt: new Date('2026-11-30T03:00:00.007Z'),
      },
    });
    const goal = await db.goal.create({
      data: {
        teamId: home.id,
        title: 'Serve well',
        why: 'Trust',
        measure: 'Visits',
        periodKind: 'week',
        startDate: '2026-11-30',
        endDate: '2026-12-06',
        createdById: memberId,
        channelId: 'CRAWHOME',
        headTs: '1.1',
      },
    });
    const later = await db.goal.create({
      data: {
        teamId: home.id,
        title: 'Later',
        why: 'w',
        measure: 'm',
        periodKind: 'month',
        startDate: '2026-12-01',
        endDate: '2026-12-31',
        createdById: memberId,
        channelId: 'CRAWHOME',
      },
    });
    const closed = await db.goal.create({
      data: {
        teamId: home.id,
        title: 'Closed',
        why: 'w',
        measure: 'm',
        periodKind: 'week',
        startDate: '2026-11-23',
        endDate: '2026-11-29',
        createdById: memberId,
        channelId: 'CRAWHOME',
        status: 'closed',
      },
    });
    const kr = (goalId: string, title: string, status: string, createdAt: string) =>
      db.keyResult.create({
        data: {
          goalId,
          proposerId: memberId,
          ownerId: memberId,
          title,
          target: 12.5,
          unit: 'shops',
          status,
          createdAt: new Date(createdAt),
        },
      });
    const updated = await kr(goal.id, 'Visit twice', 'accepted', '2026-11-30T02:00:00Z');
    await kr(goal.id, 'Answer complaints', 'accepted', '2026-11-30T01:00:00Z');
    await kr(later.id, 'Sign up shops', 'accepted', '2026-11-29T01:00:00Z');
    await kr(goal.id, 'Still proposed', 'proposed', '2026-11-30T01:30:00Z');
    await kr(closed.id, 'From a closed goal', 'accepted', '2026-11-24T01:00:00Z');
    for (const [value, at] of [
      [3, '2026-12-01T01:00:00Z'],
      [5, '2026-12-01T02:00:00.450Z'],
      [4, '2026-11-30T09:00:00Z'],
    ] as const) {
      await db.keyResultUpdate.create({
        data: {
          keyResultId: updated.id,
          memberId,
          value,
          confidence: 7,
          note: null,
          source: 'checkin',
          createdAt: new Date(at),
        },
      });
    }
  });
  afterAll(async () => {
    await h?.close();
    if (zoneBefore === undefined) delete process.env.TZ;
    else process.env.TZ = zoneBefore;
  });

  it('when a person in three teams of two workspaces is looked up, then the memberships equal what the ORM reads', async () => {
    const reference = (
      await h.runtime.db.prisma.member.findMany({
        where: { slackUserId: 'URAWANNA', team: { workspaceId: WORKSPACE } },
        include: { team: true },
        orderBy: { joinedAt: 'asc' },
      })
    ).map(({ team, ...member }) => ({ member, team }));
    const read = await h.runtime.stores.teams.membershipsOf(WORKSPACE, 'URAWANNA');
    expect(read).toHaveLength(2);
    expect(read).toStrictEqual(reference);
    expect(read.map((r) => r.member.active)).toEqual([false, true]);
    expect(read.map((r) => r.team.checkinDays)).toEqual([
      [1, 2, 3, 4, 5],
      [1, 3, 5],
    ]);
    expect(await h.runtime.stores.teams.membershipsOf(WORKSPACE, 'URAWNOBODY')).toEqual([]);
  });

  it("when a member's answer for a day is read, then it equals what the ORM reads, its answers parsed", async () => {
    const row = await h.runtime.db.prisma.checkinAnswer.findUnique({
      where: { memberId_localDate: { memberId, localDate: '2026-11-30' } },
    });
    const read = await h.runtime.stores.checkins.findAnswer(memberId, '2026-11-30');
    expect(read).toStrictEqual(row);
    expect(read!.answers).toEqual({ today: 'Harbour Road', mood: 4 });
    expect(await h.runtime.stores.checkins.findAnswer(memberId, '2026-12-01')).toBeNull();
  });

  it("when a member's open key results are read, then they equal what the ORM reads: open goals only, soonest end first, each with its newest update", async () => {
    const rows = await h.runtime.db.prisma.keyResult.findMany({
      where: { ownerId: memberId, status: 'accepted', goal: { status: 'open' } },
      include: { goal: true, updates: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 1 } },
      orderBy: [{ goal: { endDate: 'asc' } }, { createdAt: 'asc' }],
    });
    const reference = rows.map(({ goal, updates, ...keyResult }) => ({ keyResult, goal, latest: updates[0] ?? null }));
    const read = await h.runtime.stores.goals.ownedOpenKeyResults(memberId);
    expect(read.map((r) => r.keyResult.title)).toEqual(['Answer complaints', 'Visit twice', 'Sign up shops']);
    expect(read[1]!.latest).toMatchObject({ value: 5 });
    expect(read[0]!.latest).toBeNull();
    expect(read).toStrictEqual(reference);
  });

  it('when a member is read with their team for a job, then both equal what the ORM reads', async () => {
    const { team, ...member } = (await h.runtime.db.prisma.member.findUnique({
      where: { id: memberId },
      include: { team: true },
    }))!;
    expect(await h.runtime.stores.teams.memberWithTeam(memberId)).toStrictEqual({ member, team });
    expect(await h.runtime.stores.teams.memberWithTeam('no-such-member')).toBeNull();
  });

  it("when a team's holidays and a member's vacations are read, then they equal what the ORM reads", async () => {
    const db = h.runtime.db.prisma;
    const holidays = await db.teamHoliday.findMany({
      where: { teamId },
      orderBy: { date: 'asc' },
      select: { date: true, name: true },
    });
    expect(await h.runtime.stores.teams.holidays(teamId)).toStrictEqual(holidays);
    expect(holidays.map((d) => d.name)).toEqual(['国庆节', 'Christmas']);
    const vacations = await db.vacation.findMany({ where: { memberId }, select: { startDate: true, endDate: true } });
    const byStart = (list: Array<{ startDate: string }>) =>
      [...list].sort((a, b) => a.startDate.localeCompare(b.startDate));
    expect(byStart(await h.runtime.stores.teams.vacations(memberId))).toStrictEqual(byStart(vacations));
  });

  it('when a prompt already claimed is claimed again, then the prompt read equals what the ORM reads and nothing is created', async () => {
    const row = await h.runtime.db.prisma.checkinPrompt.findUnique({
      where: { memberId_localDate: { memberId, localDate: '2026-11-30' } },
    });
    expect(await h.runtime.stores.checkins.claimPrompt(memberId, teamId, '2026-11-30')).toStrictEqual({
      prompt: row,
      created: false,
    });
    const fresh = await h.runtime.stores.checkins.claimPrompt(memberId, teamId, '2026-12-01');
    expect(fresh).toMatchObject({ created: true, prompt: { status: 'pending', sentAt: null } });
    expect(fresh.prompt).toStrictEqual(
      await h.runtime.db.prisma.checkinPrompt.findUnique({ where: { id: fresh.prompt.id } }),
    );
  });

  it('when a prompt is marked sent, then it is sent at the present moment in UTC, and an answered prompt stays answered', async () => {
    const db = h.runtime.db.prisma;
    const { prompt } = await h.runtime.stores.checkins.claimPrompt(memberId, teamId, '2026-12-02');
    const before = Date.now();
    await h.runtime.stores.checkins.markPromptSent(prompt.id, { channelId: 'DRAWANNA', ts: '3.3' });
    const sent = (await db.checkinPrompt.findUnique({ where: { id: prompt.id } }))!;
    expect(sent).toMatchObject({ status: 'sent', dmChannelId: 'DRAWANNA', messageTs: '3.3' });
    expect(sent.sentAt!.getTime()).toBeGreaterThanOrEqual(before - 5);
    expect(sent.sentAt!.getTime()).toBeLessThanOrEqual(Date.now() + 5);

    await db.checkinPrompt.update({ where: { id: prompt.id }, data: { status: 'answered' } });
    await h.runtime.stores.checkins.markPromptSent(prompt.id, { channelId: 'DRAWANNA', ts: '4.4' });
    expect(await db.checkinPrompt.findUnique({ where: { id: prompt.id } })).toMatchObject({
      status: 'answered',
      messageTs: '3.3',
    });
  });

  it('when a raw read runs inside a unit of work, then it sees what that unit wrote before it commits', async () => {
    const seen = await unitOfWork(h.runtime.db.prisma, async () => {
      const team = await h.runtime.stores.teams.findTeamByChannel(WORKSPACE, 'CRAWHOME');
      await h.runtime.stores.teams.upsertMember(team!.id, 'URAWBEN', {});
      const tx = currentClient(h.runtime.db.prisma);
      const reference = await tx.member.findMany({
        where: { slackUserId: 'URAWBEN', team: { workspaceId: WORKSPACE } },
        include: { team: true },
      });
      return {
        read: await h.runtime.stores.teams.membershipsOf(WORKSPACE, 'URAWBEN'),
        reference: reference.map(({ team, ...member }) => ({ member, team })),
      };
    });
    expect(seen.read).toHaveLength(1);
    expect(seen.read).toStrictEqual(seen.reference);
  });

  it('when hand-written SQL is given a Date value, then it is refused, inside a unit of work and outside', async () => {
    const raw = rawThrough(h.runtime.db.raw);
    const query = Prisma.sql`SELECT ${new Date()}::timestamptz AS at`;
    await expect(raw(query)).rejects.toThrow(/ISO text/);
    await expect(unitOfWork(h.runtime.db.prisma, () => raw(query))).rejects.toThrow(/ISO text/);
  });
});
