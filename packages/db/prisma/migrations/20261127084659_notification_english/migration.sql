-- AlterTable
ALTER TABLE "Notification" ADD COLUMN "bodyEn" TEXT;
ALTER TABLE "Notification" ADD COLUMN "titleEn" TEXT;

