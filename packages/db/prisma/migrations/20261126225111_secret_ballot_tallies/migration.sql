-- DropIndex
DROP INDEX "BallotVote_ballotId_nominationId_idx";

-- AlterTable
ALTER TABLE "Nomination" ADD COLUMN "commentsUntil" DATETIME;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "BallotVote";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "BallotTally" (
    "ballotId" TEXT NOT NULL,
    "nominationId" TEXT NOT NULL,
    "yes" INTEGER NOT NULL DEFAULT 0,
    "no" INTEGER NOT NULL DEFAULT 0,
    "abstain" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("ballotId", "nominationId"),
    CONSTRAINT "BallotTally_ballotId_fkey" FOREIGN KEY ("ballotId") REFERENCES "Ballot" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BallotTally_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Ballot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reviewId" TEXT NOT NULL,
    "opensAt" DATETIME NOT NULL,
    "closesAt" DATETIME NOT NULL,
    "quorum" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT NOT NULL
);
INSERT INTO "new_Ballot" ("closesAt", "createdAt", "id", "opensAt", "quorum", "reviewId", "status") SELECT "closesAt", "createdAt", "id", "opensAt", "quorum", "reviewId", "status" FROM "Ballot";
DROP TABLE "Ballot";
ALTER TABLE "new_Ballot" RENAME TO "Ballot";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

