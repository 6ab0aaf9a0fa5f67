-- DropForeignKey
ALTER TABLE "BallotVote" DROP CONSTRAINT "BallotVote_ballotId_fkey";

-- DropForeignKey
ALTER TABLE "BallotVote" DROP CONSTRAINT "BallotVote_nominationId_fkey";

-- AlterTable
ALTER TABLE "Nomination" ADD COLUMN     "commentsUntil" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Ballot" ADD COLUMN     "createdBy" TEXT NOT NULL;

-- DropTable
DROP TABLE "BallotVote";

-- CreateTable
CREATE TABLE "BallotTally" (
    "ballotId" TEXT NOT NULL,
    "nominationId" TEXT NOT NULL,
    "yes" INTEGER NOT NULL DEFAULT 0,
    "no" INTEGER NOT NULL DEFAULT 0,
    "abstain" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "BallotTally_pkey" PRIMARY KEY ("ballotId","nominationId")
);

-- AddForeignKey
ALTER TABLE "BallotTally" ADD CONSTRAINT "BallotTally_ballotId_fkey" FOREIGN KEY ("ballotId") REFERENCES "Ballot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotTally" ADD CONSTRAINT "BallotTally_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

