-- AlterTable
ALTER TABLE "Report" ADD COLUMN "paperReceivedOn" TEXT;
ALTER TABLE "Report" ADD COLUMN "paperReference" TEXT;
ALTER TABLE "Report" ADD COLUMN "paperScanUrl" TEXT;

