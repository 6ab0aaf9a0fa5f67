-- CreateTable
CREATE TABLE "IssuedDocument" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "issuedOn" TEXT NOT NULL,
    "issuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedBy" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "IssuedDocument_kind_reference_idx" ON "IssuedDocument"("kind", "reference");

