-- AlterTable
ALTER TABLE "UnitPlan" ADD COLUMN     "paperReceivedOn" TEXT,
ADD COLUMN     "paperScanUrl" TEXT;

