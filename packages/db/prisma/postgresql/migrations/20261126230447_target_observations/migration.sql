-- CreateTable
CREATE TABLE "TargetObservation" (
    "id" TEXT NOT NULL,
    "movementId" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "sectorId" TEXT NOT NULL DEFAULT '',
    "value" DOUBLE PRECISION NOT NULL,
    "source" TEXT,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "enteredBy" TEXT NOT NULL,
    "enteredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approvedBy" TEXT,
    "approvedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "TargetObservation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TargetObservation_movementId_status_idx" ON "TargetObservation"("movementId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "TargetObservation_movementId_targetId_year_sectorId_key" ON "TargetObservation"("movementId", "targetId", "year", "sectorId");

