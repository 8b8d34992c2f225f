-- A thread's messages are read by thread, newest first (the digest's "waiting for a reply", a leader's last word): without an index each read scanned every team's messages.
-- CreateIndex
CREATE INDEX "FeedbackMessage_threadId_deliverAfter_idx" ON "FeedbackMessage"("threadId", "deliverAfter");
