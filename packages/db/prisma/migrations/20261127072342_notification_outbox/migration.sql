-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT,
    "unitId" TEXT,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "dedupeKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" DATETIME,
    "mailStatus" TEXT,
    "mailedAt" DATETIME,
    "mailAttempts" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "new_Notification" ("body", "createdAt", "id", "kind", "readAt", "title", "unitId", "userId") SELECT "body", "createdAt", "id", "kind", "readAt", "title", "unitId", "userId" FROM "Notification";
DROP TABLE "Notification";
ALTER TABLE "new_Notification" RENAME TO "Notification";
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");
CREATE INDEX "Notification_unitId_readAt_idx" ON "Notification"("unitId", "readAt");
CREATE INDEX "Notification_mailStatus_createdAt_idx" ON "Notification"("mailStatus", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

