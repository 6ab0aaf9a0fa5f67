-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "paperReceivedOn" TEXT,
ADD COLUMN     "paperReference" TEXT,
ADD COLUMN     "paperScanUrl" TEXT;

