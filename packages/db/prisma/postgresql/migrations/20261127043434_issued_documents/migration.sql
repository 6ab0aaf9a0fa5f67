-- CreateTable
CREATE TABLE "IssuedDocument" (
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "issuedOn" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedBy" TEXT NOT NULL,

    CONSTRAINT "IssuedDocument_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE INDEX "IssuedDocument_kind_reference_idx" ON "IssuedDocument"("kind", "reference");

