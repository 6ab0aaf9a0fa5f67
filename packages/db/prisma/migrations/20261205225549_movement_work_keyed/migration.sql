-- Rows written before several movements could run belong to the one movement that was active (else the newest).
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Initiative" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "movementId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "sectorId" TEXT,
    "unitId" TEXT,
    "authorId" TEXT,
    "recognisedAt" DATETIME,
    "recognisedBy" TEXT,
    "evidenceUrl" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "featureTitle" TEXT,
    "featureText" TEXT,
    "featuredAt" DATETIME,
    "featuredBy" TEXT,
    CONSTRAINT "Initiative_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "OrgUnit" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Initiative_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Initiative" ("movementId", "authorId", "createdAt", "evidenceUrl", "featureText", "featureTitle", "featuredAt", "featuredBy", "id", "recognisedAt", "recognisedBy", "sectorId", "summary", "title", "unitId", "version") SELECT (SELECT "movementId" FROM "MovementVersion" ORDER BY "active" DESC, "version" DESC LIMIT 1), "authorId", "createdAt", "evidenceUrl", "featureText", "featureTitle", "featuredAt", "featuredBy", "id", "recognisedAt", "recognisedBy", "sectorId", "summary", "title", "unitId", "version" FROM "Initiative";
DROP TABLE "Initiative";
ALTER TABLE "new_Initiative" RENAME TO "Initiative";
CREATE TABLE "new_Nomination" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "movementId" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "awardClass" TEXT NOT NULL,
    "unitId" TEXT,
    "personId" TEXT,
    "proposedByUnitId" TEXT NOT NULL,
    "proposedBy" TEXT NOT NULL,
    "proposedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "achievements" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'proposed',
    "commentsUntil" DATETIME,
    "scoreSnapshot" REAL,
    "eligibleSnapshot" BOOLEAN,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Nomination_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "OrgUnit" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Nomination_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Nomination_proposedByUnitId_fkey" FOREIGN KEY ("proposedByUnitId") REFERENCES "OrgUnit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Nomination" ("movementId", "achievements", "awardClass", "commentsUntil", "eligibleSnapshot", "id", "personId", "proposedAt", "proposedBy", "proposedByUnitId", "reviewId", "scoreSnapshot", "status", "unitId", "version") SELECT (SELECT "movementId" FROM "MovementVersion" ORDER BY "active" DESC, "version" DESC LIMIT 1), "achievements", "awardClass", "commentsUntil", "eligibleSnapshot", "id", "personId", "proposedAt", "proposedBy", "proposedByUnitId", "reviewId", "scoreSnapshot", "status", "unitId", "version" FROM "Nomination";
DROP TABLE "Nomination";
ALTER TABLE "new_Nomination" RENAME TO "Nomination";
CREATE INDEX "Nomination_movementId_reviewId_status_idx" ON "Nomination"("movementId", "reviewId", "status");
CREATE UNIQUE INDEX "Nomination_movementId_reviewId_unitId_key" ON "Nomination"("movementId", "reviewId", "unitId");
CREATE UNIQUE INDEX "Nomination_movementId_reviewId_personId_key" ON "Nomination"("movementId", "reviewId", "personId");
CREATE TABLE "new_Ballot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "movementId" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "opensAt" DATETIME NOT NULL,
    "closesAt" DATETIME NOT NULL,
    "quorum" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT NOT NULL
);
INSERT INTO "new_Ballot" ("movementId", "closesAt", "createdAt", "createdBy", "id", "opensAt", "quorum", "reviewId", "status") SELECT (SELECT "movementId" FROM "MovementVersion" ORDER BY "active" DESC, "version" DESC LIMIT 1), "closesAt", "createdAt", "createdBy", "id", "opensAt", "quorum", "reviewId", "status" FROM "Ballot";
DROP TABLE "Ballot";
ALTER TABLE "new_Ballot" RENAME TO "Ballot";
CREATE TABLE "new_AwardDecision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "movementId" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "signer" TEXT NOT NULL,
    "signedOnBehalf" BOOLEAN NOT NULL DEFAULT false,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_AwardDecision" ("movementId", "createdAt", "createdBy", "date", "id", "number", "reviewId", "signedOnBehalf", "signer") SELECT (SELECT "movementId" FROM "MovementVersion" ORDER BY "active" DESC, "version" DESC LIMIT 1), "createdAt", "createdBy", "date", "id", "number", "reviewId", "signedOnBehalf", "signer" FROM "AwardDecision";
DROP TABLE "AwardDecision";
ALTER TABLE "new_AwardDecision" RENAME TO "AwardDecision";
CREATE UNIQUE INDEX "AwardDecision_number_key" ON "AwardDecision"("number");
CREATE TABLE "new_AwardQuota" (
    "movementId" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "awardClass" TEXT NOT NULL,
    "max" INTEGER NOT NULL,
    "used" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("movementId", "reviewId", "awardClass")
);
INSERT INTO "new_AwardQuota" ("movementId", "awardClass", "max", "reviewId", "used") SELECT (SELECT "movementId" FROM "MovementVersion" ORDER BY "active" DESC, "version" DESC LIMIT 1), "awardClass", "max", "reviewId", "used" FROM "AwardQuota";
DROP TABLE "AwardQuota";
ALTER TABLE "new_AwardQuota" RENAME TO "AwardQuota";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

