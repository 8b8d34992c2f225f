-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "feedbackBatchMinutes" INTEGER NOT NULL DEFAULT 180,
ADD COLUMN     "kudosChannelId" TEXT,
ADD COLUMN     "kudosDailyCap" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "kudosEmoji" TEXT NOT NULL DEFAULT 'clap',
ADD COLUMN     "leaderboardEnabled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "pulseEnabled" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "pulseEveryWeeks" INTEGER NOT NULL DEFAULT 2,
ADD COLUMN     "pulseWeekday" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "scorecardPeriod" TEXT NOT NULL DEFAULT 'month';

-- CreateTable
CREATE TABLE "TeamValue" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "labelZh" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "TeamValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kudos" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "giverId" TEXT NOT NULL,
    "receiverId" TEXT NOT NULL,
    "valueKey" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceChannelId" TEXT,
    "sourceTs" TEXT,
    "giverPositionId" TEXT,
    "receiverPositionId" TEXT,
    "postedChannelId" TEXT,
    "postedTs" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Kudos_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackThread" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "signedBy" TEXT,
    "route" TEXT,
    "routeExpiresAt" TIMESTAMP(3),
    "status" TEXT NOT NULL DEFAULT 'open',
    "closedAt" TIMESTAMP(3),
    "createdDay" TEXT NOT NULL,

    CONSTRAINT "FeedbackThread_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackMessage" (
    "id" TEXT NOT NULL,
    "threadId" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "fromLeaderId" TEXT,
    "deliverAfter" TIMESTAMP(3) NOT NULL,
    "deliveredAt" TIMESTAMP(3),

    CONSTRAINT "FeedbackMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackDelivery" (
    "id" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "leaderId" TEXT,
    "channelId" TEXT NOT NULL,
    "ts" TEXT NOT NULL,

    CONSTRAINT "FeedbackDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PulseRound" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "questionIds" TEXT[],
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "respondents" INTEGER NOT NULL DEFAULT 0,
    "invited" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PulseRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PulseAnswer" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "trait" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT,

    CONSTRAINT "PulseAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PulseInvite" (
    "roundId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "answered" BOOLEAN NOT NULL DEFAULT false,
    "channelId" TEXT,
    "ts" TEXT,

    CONSTRAINT "PulseInvite_pkey" PRIMARY KEY ("roundId","memberId")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "why" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "periodKind" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "channelId" TEXT NOT NULL,
    "headTs" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KeyResult" (
    "id" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "proposerId" TEXT NOT NULL,
    "ownerId" TEXT,
    "title" TEXT NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "dueDate" TEXT,
    "status" TEXT NOT NULL DEFAULT 'proposed',
    "reviewComment" TEXT,
    "reviewedById" TEXT,
    "proposalTs" TEXT,
    "dutyId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" TIMESTAMP(3),

    CONSTRAINT "KeyResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KeyResultUpdate" (
    "id" TEXT NOT NULL,
    "keyResultId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "confidence" INTEGER NOT NULL,
    "note" TEXT,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KeyResultUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoalComment" (
    "id" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "slackUserId" TEXT NOT NULL,
    "ts" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GoalComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Position" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT '',
    "authority" TEXT NOT NULL DEFAULT '',
    "guidelines" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PositionDuty" (
    "id" TEXT NOT NULL,
    "positionId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,

    CONSTRAINT "PositionDuty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PositionHandoff" (
    "id" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "what" TEXT NOT NULL,

    CONSTRAINT "PositionHandoff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PositionHolder" (
    "positionId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,

    CONSTRAINT "PositionHolder_pkey" PRIMARY KEY ("positionId","memberId")
);

-- CreateTable
CREATE TABLE "DutyJudgement" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "dutyAId" TEXT NOT NULL,
    "dutyBId" TEXT NOT NULL,
    "same" BOOLEAN NOT NULL,
    "decidedById" TEXT NOT NULL,

    CONSTRAINT "DutyJudgement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleFinding" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" JSONB NOT NULL,
    "detectedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoleFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScorecardTemplate" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "effectiveFrom" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScorecardTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScorecardMetric" (
    "id" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "keyResultId" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ScorecardMetric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScorecardValue" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "metricId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "enteredById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScorecardValue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TeamValue_teamId_key_key" ON "TeamValue"("teamId", "key");

-- CreateIndex
CREATE INDEX "Kudos_teamId_createdAt_idx" ON "Kudos"("teamId", "createdAt");

-- CreateIndex
CREATE INDEX "Kudos_receiverId_createdAt_idx" ON "Kudos"("receiverId", "createdAt");

-- CreateIndex
CREATE INDEX "Kudos_groupId_idx" ON "Kudos"("groupId");

-- CreateIndex
CREATE UNIQUE INDEX "Kudos_giverId_receiverId_sourceChannelId_sourceTs_key" ON "Kudos"("giverId", "receiverId", "sourceChannelId", "sourceTs");

-- CreateIndex
CREATE INDEX "FeedbackThread_teamId_status_idx" ON "FeedbackThread"("teamId", "status");

-- CreateIndex
CREATE INDEX "FeedbackMessage_deliveredAt_deliverAfter_idx" ON "FeedbackMessage"("deliveredAt", "deliverAfter");

-- CreateIndex
CREATE INDEX "FeedbackDelivery_messageId_idx" ON "FeedbackDelivery"("messageId");

-- CreateIndex
CREATE UNIQUE INDEX "PulseRound_teamId_period_key" ON "PulseRound"("teamId", "period");

-- CreateIndex
CREATE INDEX "PulseAnswer_roundId_idx" ON "PulseAnswer"("roundId");

-- CreateIndex
CREATE INDEX "Goal_teamId_status_idx" ON "Goal"("teamId", "status");

-- CreateIndex
CREATE INDEX "KeyResult_goalId_status_idx" ON "KeyResult"("goalId", "status");

-- CreateIndex
CREATE INDEX "KeyResultUpdate_keyResultId_createdAt_idx" ON "KeyResultUpdate"("keyResultId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "GoalComment_goalId_ts_key" ON "GoalComment"("goalId", "ts");

-- CreateIndex
CREATE UNIQUE INDEX "Position_teamId_title_key" ON "Position"("teamId", "title");

-- CreateIndex
CREATE INDEX "PositionDuty_positionId_idx" ON "PositionDuty"("positionId");

-- CreateIndex
CREATE UNIQUE INDEX "DutyJudgement_dutyAId_dutyBId_key" ON "DutyJudgement"("dutyAId", "dutyBId");

-- CreateIndex
CREATE INDEX "RoleFinding_teamId_idx" ON "RoleFinding"("teamId");

-- CreateIndex
CREATE UNIQUE INDEX "ScorecardTemplate_teamId_version_key" ON "ScorecardTemplate"("teamId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ScorecardTemplate_teamId_effectiveFrom_key" ON "ScorecardTemplate"("teamId", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "ScorecardMetric_templateId_key_key" ON "ScorecardMetric"("templateId", "key");

-- CreateIndex
CREATE INDEX "ScorecardValue_teamId_period_idx" ON "ScorecardValue"("teamId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "ScorecardValue_metricId_memberId_period_key" ON "ScorecardValue"("metricId", "memberId", "period");

-- AddForeignKey
ALTER TABLE "TeamValue" ADD CONSTRAINT "TeamValue_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kudos" ADD CONSTRAINT "Kudos_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kudos" ADD CONSTRAINT "Kudos_giverId_fkey" FOREIGN KEY ("giverId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kudos" ADD CONSTRAINT "Kudos_receiverId_fkey" FOREIGN KEY ("receiverId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackThread" ADD CONSTRAINT "FeedbackThread_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackMessage" ADD CONSTRAINT "FeedbackMessage_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "FeedbackThread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackDelivery" ADD CONSTRAINT "FeedbackDelivery_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "FeedbackMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PulseRound" ADD CONSTRAINT "PulseRound_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PulseAnswer" ADD CONSTRAINT "PulseAnswer_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PulseRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PulseInvite" ADD CONSTRAINT "PulseInvite_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PulseRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PulseInvite" ADD CONSTRAINT "PulseInvite_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeyResult" ADD CONSTRAINT "KeyResult_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeyResult" ADD CONSTRAINT "KeyResult_proposerId_fkey" FOREIGN KEY ("proposerId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeyResult" ADD CONSTRAINT "KeyResult_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeyResult" ADD CONSTRAINT "KeyResult_dutyId_fkey" FOREIGN KEY ("dutyId") REFERENCES "PositionDuty"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeyResultUpdate" ADD CONSTRAINT "KeyResultUpdate_keyResultId_fkey" FOREIGN KEY ("keyResultId") REFERENCES "KeyResult"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeyResultUpdate" ADD CONSTRAINT "KeyResultUpdate_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalComment" ADD CONSTRAINT "GoalComment_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionDuty" ADD CONSTRAINT "PositionDuty_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionHandoff" ADD CONSTRAINT "PositionHandoff_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionHandoff" ADD CONSTRAINT "PositionHandoff_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionHolder" ADD CONSTRAINT "PositionHolder_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionHolder" ADD CONSTRAINT "PositionHolder_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyJudgement" ADD CONSTRAINT "DutyJudgement_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleFinding" ADD CONSTRAINT "RoleFinding_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardTemplate" ADD CONSTRAINT "ScorecardTemplate_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardMetric" ADD CONSTRAINT "ScorecardMetric_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "ScorecardTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardValue" ADD CONSTRAINT "ScorecardValue_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "ScorecardMetric"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardValue" ADD CONSTRAINT "ScorecardValue_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

