-- AlterTable
ALTER TABLE "Notification" ADD COLUMN "milestone" TEXT;

