-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Workspace" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Workspace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "homeChannelId" TEXT NOT NULL,
    "informalChannelId" TEXT,
    "defaultLocale" TEXT NOT NULL DEFAULT 'en',
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    "checkinDays" INTEGER[] DEFAULT ARRAY[1, 2, 3, 4, 5]::INTEGER[],
    "checkinMinute" INTEGER NOT NULL DEFAULT 540,
    "reminderMinute" INTEGER NOT NULL DEFAULT 960,
    "checkinQuestions" TEXT[] DEFAULT ARRAY['yesterday', 'today', 'blockers', 'mood']::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamHoliday" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "TeamHoliday_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "slackUserId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL DEFAULT '',
    "timeZone" TEXT,
    "locale" TEXT,
    "role" TEXT NOT NULL DEFAULT 'member',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "checkinOptOut" BOOLEAN NOT NULL DEFAULT false,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leftAt" TIMESTAMP(3),
    "profileSyncedAt" TIMESTAMP(3),

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vacation" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,

    CONSTRAINT "Vacation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckinPrompt" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "localDate" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "dmChannelId" TEXT,
    "messageTs" TEXT,
    "sentAt" TIMESTAMP(3),
    "snoozedUntil" TIMESTAMP(3),
    "reminderSentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckinPrompt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckinAnswer" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "localDate" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "mood" INTEGER,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" TIMESTAMP(3),
    "replyTs" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CheckinAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckinThread" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "localDate" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "ts" TEXT,
    "claimedBy" TEXT NOT NULL,
    "claimedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckinThread_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Blocker" (
    "id" TEXT NOT NULL,
    "answerId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "raisedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "helperUserId" TEXT,
    "helpedAt" TIMESTAMP(3),

    CONSTRAINT "Blocker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BlockerNotice" (
    "id" TEXT NOT NULL,
    "blockerId" TEXT NOT NULL,
    "leaderId" TEXT NOT NULL,
    "channelId" TEXT,
    "ts" TEXT,

    CONSTRAINT "BlockerNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcessedEvent" (
    "eventId" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcessedEvent_pkey" PRIMARY KEY ("eventId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Team_workspaceId_homeChannelId_key" ON "Team"("workspaceId", "homeChannelId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamHoliday_teamId_date_key" ON "TeamHoliday"("teamId", "date");

-- CreateIndex
CREATE INDEX "Member_slackUserId_idx" ON "Member"("slackUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Member_teamId_slackUserId_key" ON "Member"("teamId", "slackUserId");

-- CreateIndex
CREATE INDEX "Vacation_memberId_idx" ON "Vacation"("memberId");

-- CreateIndex
CREATE INDEX "CheckinPrompt_teamId_localDate_idx" ON "CheckinPrompt"("teamId", "localDate");

-- CreateIndex
CREATE UNIQUE INDEX "CheckinPrompt_memberId_localDate_key" ON "CheckinPrompt"("memberId", "localDate");

-- CreateIndex
CREATE INDEX "CheckinAnswer_teamId_localDate_idx" ON "CheckinAnswer"("teamId", "localDate");

-- CreateIndex
CREATE UNIQUE INDEX "CheckinAnswer_memberId_localDate_key" ON "CheckinAnswer"("memberId", "localDate");

-- CreateIndex
CREATE UNIQUE INDEX "CheckinThread_teamId_localDate_key" ON "CheckinThread"("teamId", "localDate");

-- CreateIndex
CREATE INDEX "Blocker_teamId_raisedAt_idx" ON "Blocker"("teamId", "raisedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Blocker_answerId_key" ON "Blocker"("answerId");

-- CreateIndex
CREATE UNIQUE INDEX "BlockerNotice_blockerId_leaderId_key" ON "BlockerNotice"("blockerId", "leaderId");

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamHoliday" ADD CONSTRAINT "TeamHoliday_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vacation" ADD CONSTRAINT "Vacation_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckinPrompt" ADD CONSTRAINT "CheckinPrompt_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckinAnswer" ADD CONSTRAINT "CheckinAnswer_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckinThread" ADD CONSTRAINT "CheckinThread_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Blocker" ADD CONSTRAINT "Blocker_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "CheckinAnswer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

