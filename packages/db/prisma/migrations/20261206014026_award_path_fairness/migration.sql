-- AlterTable
ALTER TABLE "Nomination" ADD COLUMN "dossier" TEXT;
ALTER TABLE "Nomination" ADD COLUMN "facts" TEXT;
ALTER TABLE "Nomination" ADD COLUMN "withdrawnAt" DATETIME;
ALTER TABLE "Nomination" ADD COLUMN "withdrawnReason" TEXT;

-- AlterTable
ALTER TABLE "PublicComment" ADD COLUMN "contact" TEXT;
ALTER TABLE "PublicComment" ADD COLUMN "hiddenAt" DATETIME;
ALTER TABLE "PublicComment" ADD COLUMN "hiddenBy" TEXT;
ALTER TABLE "PublicComment" ADD COLUMN "hiddenReason" TEXT;
ALTER TABLE "PublicComment" ADD COLUMN "senderHash" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Ballot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "movementId" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "opensAt" DATETIME NOT NULL,
    "closesAt" DATETIME NOT NULL,
    "members" INTEGER NOT NULL DEFAULT 0,
    "quorum" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "openKey" TEXT,
    "votes" INTEGER NOT NULL DEFAULT 0,
    "closedAt" DATETIME,
    "closedBy" TEXT,
    "cancelReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT NOT NULL
);
INSERT INTO "new_Ballot" ("closesAt", "createdAt", "createdBy", "id", "movementId", "opensAt", "quorum", "reviewId", "status") SELECT "closesAt", "createdAt", "createdBy", "id", "movementId", "opensAt", "quorum", "reviewId", "status" FROM "Ballot";
DROP TABLE "Ballot";
ALTER TABLE "new_Ballot" RENAME TO "Ballot";
CREATE UNIQUE INDEX "Ballot_openKey_key" ON "Ballot"("openKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "PublicComment_senderHash_createdAt_idx" ON "PublicComment"("senderHash", "createdAt");


-- Backfill: votes already counted, and the open ballot of each review (the latest, if an older version let two open)
UPDATE "Ballot" SET "votes" = (SELECT COUNT(*) FROM "BallotParticipation" p WHERE p."ballotId" = "Ballot"."id");
UPDATE "Ballot" SET "openKey" = "movementId" || '|' || "reviewId"
WHERE "status" = 'open' AND "id" = (SELECT b2."id" FROM "Ballot" b2 WHERE b2."movementId" = "Ballot"."movementId" AND b2."reviewId" = "Ballot"."reviewId" AND b2."status" = 'open' ORDER BY b2."createdAt" DESC, b2."id" DESC LIMIT 1);
