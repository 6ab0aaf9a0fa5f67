-- CreateTable
CREATE TABLE "AuditCheckpoint" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "seq" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "entries" INTEGER NOT NULL,
    "at" DATETIME NOT NULL,
    "signature" TEXT NOT NULL
);

