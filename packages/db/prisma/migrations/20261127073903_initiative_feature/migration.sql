-- AlterTable
ALTER TABLE "Initiative" ADD COLUMN "featureText" TEXT;
ALTER TABLE "Initiative" ADD COLUMN "featureTitle" TEXT;
ALTER TABLE "Initiative" ADD COLUMN "featuredAt" DATETIME;
ALTER TABLE "Initiative" ADD COLUMN "featuredBy" TEXT;

