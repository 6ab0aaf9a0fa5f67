-- Rows written before several movements could run belong to the one movement that was active (else the newest).
-- DropIndex
DROP INDEX "Nomination_reviewId_status_idx";

-- DropIndex
DROP INDEX "Nomination_reviewId_personId_key";

-- DropIndex
DROP INDEX "Nomination_reviewId_unitId_key";

-- AlterTable
ALTER TABLE "Initiative" ADD COLUMN "movementId" TEXT;
UPDATE "Initiative" SET "movementId" = (SELECT "movementId" FROM "MovementVersion" ORDER BY "active" DESC, "version" DESC LIMIT 1);
ALTER TABLE "Initiative" ALTER COLUMN "movementId" SET NOT NULL;

-- AlterTable
ALTER TABLE "Nomination" ADD COLUMN "movementId" TEXT;
UPDATE "Nomination" SET "movementId" = (SELECT "movementId" FROM "MovementVersion" ORDER BY "active" DESC, "version" DESC LIMIT 1);
ALTER TABLE "Nomination" ALTER COLUMN "movementId" SET NOT NULL;

-- AlterTable
ALTER TABLE "Ballot" ADD COLUMN "movementId" TEXT;
UPDATE "Ballot" SET "movementId" = (SELECT "movementId" FROM "MovementVersion" ORDER BY "active" DESC, "version" DESC LIMIT 1);
ALTER TABLE "Ballot" ALTER COLUMN "movementId" SET NOT NULL;

-- AlterTable
ALTER TABLE "AwardDecision" ADD COLUMN "movementId" TEXT;
UPDATE "AwardDecision" SET "movementId" = (SELECT "movementId" FROM "MovementVersion" ORDER BY "active" DESC, "version" DESC LIMIT 1);
ALTER TABLE "AwardDecision" ALTER COLUMN "movementId" SET NOT NULL;

-- AlterTable
ALTER TABLE "AwardQuota" ADD COLUMN "movementId" TEXT;
UPDATE "AwardQuota" SET "movementId" = (SELECT "movementId" FROM "MovementVersion" ORDER BY "active" DESC, "version" DESC LIMIT 1);
ALTER TABLE "AwardQuota" ALTER COLUMN "movementId" SET NOT NULL,
DROP CONSTRAINT "AwardQuota_pkey",
ADD CONSTRAINT "AwardQuota_pkey" PRIMARY KEY ("movementId", "reviewId", "awardClass");

-- CreateIndex
CREATE INDEX "Nomination_movementId_reviewId_status_idx" ON "Nomination"("movementId", "reviewId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Nomination_movementId_reviewId_unitId_key" ON "Nomination"("movementId", "reviewId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Nomination_movementId_reviewId_personId_key" ON "Nomination"("movementId", "reviewId", "personId");

