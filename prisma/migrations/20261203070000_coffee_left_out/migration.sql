-- Coffee: members no group could take (told privately, first next round), a round's channel problem and retries, and the indexes the history and a member's group read.
-- AlterTable
ALTER TABLE "CoffeeRound" ADD COLUMN     "problem" TEXT,
ADD COLUMN     "retries" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "CoffeeLeftOut" (
    "roundId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,

    CONSTRAINT "CoffeeLeftOut_pkey" PRIMARY KEY ("roundId","memberId")
);

-- CreateIndex
CREATE INDEX "CoffeeLeftOut_teamId_idx" ON "CoffeeLeftOut"("teamId");

-- CreateIndex
CREATE INDEX "CoffeeGroup_teamId_idx" ON "CoffeeGroup"("teamId");

-- CreateIndex
CREATE INDEX "CoffeeGroup_memberIds_idx" ON "CoffeeGroup" USING GIN ("memberIds");

-- AddForeignKey
ALTER TABLE "CoffeeLeftOut" ADD CONSTRAINT "CoffeeLeftOut_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "CoffeeRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

