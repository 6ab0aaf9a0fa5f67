-- CreateTable
CREATE TABLE "SectorReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "movementId" TEXT NOT NULL,
    "sectorId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "submittedAt" DATETIME,
    "verifiedAt" DATETIME,
    "verifiedBy" TEXT,
    "approvedAt" DATETIME,
    "approvedBy" TEXT,
    "returnReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SectorReportValue" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sectorReportId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "numberValue" REAL,
    "boolValue" BOOLEAN,
    "evidenceUrl" TEXT,
    "evidenceFile" TEXT,
    "note" TEXT,
    CONSTRAINT "SectorReportValue_sectorReportId_fkey" FOREIGN KEY ("sectorReportId") REFERENCES "SectorReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SectorReportValue_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "OrgUnit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SectorReportStatusChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sectorReportId" TEXT NOT NULL,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "reason" TEXT,
    "by" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SectorReportStatusChange_sectorReportId_fkey" FOREIGN KEY ("sectorReportId") REFERENCES "SectorReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SectorReport_movementId_status_idx" ON "SectorReport"("movementId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "SectorReport_movementId_sectorId_year_key" ON "SectorReport"("movementId", "sectorId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "SectorReportValue_sectorReportId_unitId_indicatorId_key" ON "SectorReportValue"("sectorReportId", "unitId", "indicatorId");

-- CreateIndex
CREATE INDEX "SectorReportStatusChange_sectorReportId_idx" ON "SectorReportStatusChange"("sectorReportId");

