-- CreateTable
CREATE TABLE "AuditCheckpoint" (
    "id" SERIAL NOT NULL,
    "seq" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "entries" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "signature" TEXT NOT NULL,

    CONSTRAINT "AuditCheckpoint_pkey" PRIMARY KEY ("id")
);

