-- The leader's digest: each team's schedule, the weekly snapshots of its signals, and the index feedback counts read by day.
-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "digestEnabled" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "digestMinute" INTEGER NOT NULL DEFAULT 510,
ADD COLUMN     "digestWeekday" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "DigestSnapshot" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "week" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "signals" JSONB NOT NULL,
    "suggestions" JSONB NOT NULL,
    "builtAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DigestSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DigestSnapshot_teamId_week_key" ON "DigestSnapshot"("teamId", "week");

-- CreateIndex
CREATE INDEX "FeedbackThread_teamId_createdDay_idx" ON "FeedbackThread"("teamId", "createdDay");

-- AddForeignKey
ALTER TABLE "DigestSnapshot" ADD CONSTRAINT "DigestSnapshot_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;
