-- A starter role card remembers which card it came from, so each reader sees it in their language until a leader edits it.
ALTER TABLE "Position" ADD COLUMN "starterKey" TEXT;
