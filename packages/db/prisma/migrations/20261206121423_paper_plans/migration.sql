-- AlterTable
ALTER TABLE "UnitPlan" ADD COLUMN "paperReceivedOn" TEXT;
ALTER TABLE "UnitPlan" ADD COLUMN "paperScanUrl" TEXT;

