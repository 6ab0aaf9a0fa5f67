-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "dedupeKey" TEXT,
ADD COLUMN     "link" TEXT,
ADD COLUMN     "mailAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "mailStatus" TEXT,
ADD COLUMN     "mailedAt" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE INDEX "Notification_mailStatus_createdAt_idx" ON "Notification"("mailStatus", "createdAt");

