-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MovementVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "movementId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT false,
    "pending" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,
    "decidedBy" TEXT,
    "decidedAt" DATETIME,
    "rejectReason" TEXT
);
INSERT INTO "new_MovementVersion" ("active", "createdAt", "createdBy", "definition", "id", "movementId", "note", "version") SELECT "active", "createdAt", "createdBy", "definition", "id", "movementId", "note", "version" FROM "MovementVersion";
DROP TABLE "MovementVersion";
ALTER TABLE "new_MovementVersion" RENAME TO "MovementVersion";
CREATE UNIQUE INDEX "MovementVersion_movementId_version_key" ON "MovementVersion"("movementId", "version");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

