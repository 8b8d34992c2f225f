-- A deleted thread message stays as a tombstone, so its message event arriving after the delete event cannot count it again.
ALTER TABLE "GoalComment" ADD COLUMN "deletedAt" TIMESTAMP(3);
