-- Informal channels: coffee rounds and their groups, members' private choices, icebreakers and the weekly figures the digest reads.
-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "coffeeEnabled" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "coffeeEveryWeeks" INTEGER NOT NULL DEFAULT 2,
ADD COLUMN     "coffeeGroupSize" INTEGER NOT NULL DEFAULT 2,
ADD COLUMN     "coffeeMinute" INTEGER NOT NULL DEFAULT 600,
ADD COLUMN     "coffeeRepeatWeeks" INTEGER NOT NULL DEFAULT 12,
ADD COLUMN     "coffeeWeekday" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "icebreakerEnabled" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "icebreakerMinute" INTEGER NOT NULL DEFAULT 900,
ADD COLUMN     "icebreakerWeekday" INTEGER NOT NULL DEFAULT 3;

-- CreateTable
CREATE TABLE "CoffeeRound" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "midAt" TIMESTAMP(3) NOT NULL,
    "lastAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "pairedAt" TIMESTAMP(3),
    "midQueuedAt" TIMESTAMP(3),
    "lastQueuedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "included" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CoffeeRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoffeeGroup" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "memberIds" TEXT[],
    "relaxed" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "channelId" TEXT,
    "introTs" TEXT,
    "midTs" TEXT,
    "lastTs" TEXT,
    "outcome" TEXT,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "CoffeeGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoffeeChoice" (
    "memberId" TEXT NOT NULL,
    "optedOut" BOOLEAN NOT NULL DEFAULT false,
    "pausedUntil" TIMESTAMP(3),
    "silentRounds" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CoffeeChoice_pkey" PRIMARY KEY ("memberId")
);

-- CreateTable
CREATE TABLE "CoffeeAvoid" (
    "memberId" TEXT NOT NULL,
    "avoidMemberId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoffeeAvoid_pkey" PRIMARY KEY ("memberId","avoidMemberId")
);

-- CreateTable
CREATE TABLE "IcebreakerQuestion" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "addedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "IcebreakerQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IcebreakerPost" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "questionKey" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "ts" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IcebreakerPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IcebreakerReply" (
    "postId" TEXT NOT NULL,
    "ts" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,

    CONSTRAINT "IcebreakerReply_pkey" PRIMARY KEY ("postId","ts")
);

-- CreateTable
CREATE TABLE "InformalWeek" (
    "teamId" TEXT NOT NULL,
    "week" TEXT NOT NULL,
    "roundsRun" INTEGER NOT NULL DEFAULT 0,
    "groups" INTEGER NOT NULL DEFAULT 0,
    "meetingsHeld" INTEGER NOT NULL DEFAULT 0,
    "icebreakerReplies" INTEGER NOT NULL DEFAULT 0,
    "membersTakingPart" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InformalWeek_pkey" PRIMARY KEY ("teamId","week")
);

-- CreateTable
CREATE TABLE "InformalTakingPart" (
    "teamId" TEXT NOT NULL,
    "week" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,

    CONSTRAINT "InformalTakingPart_pkey" PRIMARY KEY ("teamId","week","memberId")
);

-- CreateIndex
CREATE UNIQUE INDEX "CoffeeRound_teamId_period_key" ON "CoffeeRound"("teamId", "period");

-- CreateIndex
CREATE INDEX "CoffeeGroup_roundId_idx" ON "CoffeeGroup"("roundId");

-- CreateIndex
CREATE INDEX "IcebreakerQuestion_teamId_idx" ON "IcebreakerQuestion"("teamId");

-- CreateIndex
CREATE INDEX "IcebreakerPost_channelId_ts_idx" ON "IcebreakerPost"("channelId", "ts");

-- CreateIndex
CREATE UNIQUE INDEX "IcebreakerPost_teamId_period_key" ON "IcebreakerPost"("teamId", "period");

-- AddForeignKey
ALTER TABLE "CoffeeRound" ADD CONSTRAINT "CoffeeRound_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoffeeGroup" ADD CONSTRAINT "CoffeeGroup_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "CoffeeRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoffeeChoice" ADD CONSTRAINT "CoffeeChoice_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoffeeAvoid" ADD CONSTRAINT "CoffeeAvoid_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IcebreakerQuestion" ADD CONSTRAINT "IcebreakerQuestion_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IcebreakerPost" ADD CONSTRAINT "IcebreakerPost_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IcebreakerReply" ADD CONSTRAINT "IcebreakerReply_postId_fkey" FOREIGN KEY ("postId") REFERENCES "IcebreakerPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformalWeek" ADD CONSTRAINT "InformalWeek_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

