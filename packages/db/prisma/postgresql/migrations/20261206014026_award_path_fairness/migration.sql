-- AlterTable
ALTER TABLE "Nomination" ADD COLUMN     "dossier" TEXT,
ADD COLUMN     "facts" TEXT,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3),
ADD COLUMN     "withdrawnReason" TEXT;

-- AlterTable
ALTER TABLE "PublicComment" ADD COLUMN     "contact" TEXT,
ADD COLUMN     "hiddenAt" TIMESTAMP(3),
ADD COLUMN     "hiddenBy" TEXT,
ADD COLUMN     "hiddenReason" TEXT,
ADD COLUMN     "senderHash" TEXT;

-- AlterTable
ALTER TABLE "Ballot" ADD COLUMN     "cancelReason" TEXT,
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "closedBy" TEXT,
ADD COLUMN     "members" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "openKey" TEXT,
ADD COLUMN     "votes" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "PublicComment_senderHash_createdAt_idx" ON "PublicComment"("senderHash", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Ballot_openKey_key" ON "Ballot"("openKey");


-- Backfill: votes already counted, and the open ballot of each review (the latest, if an older version let two open)
UPDATE "Ballot" SET "votes" = (SELECT COUNT(*) FROM "BallotParticipation" p WHERE p."ballotId" = "Ballot"."id");
UPDATE "Ballot" SET "openKey" = "movementId" || '|' || "reviewId"
WHERE "status" = 'open' AND "id" = (SELECT b2."id" FROM "Ballot" b2 WHERE b2."movementId" = "Ballot"."movementId" AND b2."reviewId" = "Ballot"."reviewId" AND b2."status" = 'open' ORDER BY b2."createdAt" DESC, b2."id" DESC LIMIT 1);
