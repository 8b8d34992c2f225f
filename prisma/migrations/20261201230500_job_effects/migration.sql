-- A resumed close skips the copies that already show it.
ALTER TABLE "FeedbackDelivery" ADD COLUMN "closedAs" TEXT;
ALTER TABLE "FeedbackThread" ADD COLUMN "closeNoticeSent" BOOLEAN NOT NULL DEFAULT false;

-- One row per Slack call a job has made, so a retry neither repeats nor skips one.
CREATE TABLE "JobEffect" (
    "key" TEXT NOT NULL,
    "result" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobEffect_pkey" PRIMARY KEY ("key")
);

CREATE INDEX "JobEffect_createdAt_idx" ON "JobEffect"("createdAt");
