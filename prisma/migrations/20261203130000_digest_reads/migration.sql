-- The digest reads a goal thread's latest message and the week's messages by time: an index on them keeps that flat in history.
-- CreateIndex
CREATE INDEX "GoalComment_goalId_createdAt_idx" ON "GoalComment"("goalId", "createdAt");
