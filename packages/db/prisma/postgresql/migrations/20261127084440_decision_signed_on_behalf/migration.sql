-- AlterTable
ALTER TABLE "AwardDecision" ADD COLUMN     "signedOnBehalf" BOOLEAN NOT NULL DEFAULT false;

