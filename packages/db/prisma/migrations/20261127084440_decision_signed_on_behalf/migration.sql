-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AwardDecision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reviewId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "signer" TEXT NOT NULL,
    "signedOnBehalf" BOOLEAN NOT NULL DEFAULT false,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_AwardDecision" ("createdAt", "createdBy", "date", "id", "number", "reviewId", "signer") SELECT "createdAt", "createdBy", "date", "id", "number", "reviewId", "signer" FROM "AwardDecision";
DROP TABLE "AwardDecision";
ALTER TABLE "new_AwardDecision" RENAME TO "AwardDecision";
CREATE UNIQUE INDEX "AwardDecision_number_key" ON "AwardDecision"("number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

