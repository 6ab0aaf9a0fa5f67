-- AlterTable
ALTER TABLE "Initiative" ADD COLUMN     "featureText" TEXT,
ADD COLUMN     "featureTitle" TEXT,
ADD COLUMN     "featuredAt" TIMESTAMP(3),
ADD COLUMN     "featuredBy" TEXT;

