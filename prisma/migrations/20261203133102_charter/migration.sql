-- CreateTable
CREATE TABLE "CharterVersion" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL,
    "purpose" TEXT NOT NULL,
    "scopeAreas" TEXT[],
    "decisionMaking" TEXT NOT NULL,
    "codeOfConduct" TEXT NOT NULL,
    "quorumPercent" INTEGER NOT NULL,
    "passThresholdPercent" INTEGER NOT NULL,
    "minReviewDays" INTEGER NOT NULL,
    "silenceAbstainDays" INTEGER NOT NULL,
    "inactiveAfterMonths" INTEGER NOT NULL,
    "declineCooldownDays" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "editedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CharterVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CharterVersion_version_key" ON "CharterVersion"("version");

-- AddForeignKey
ALTER TABLE "CharterVersion" ADD CONSTRAINT "CharterVersion_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
