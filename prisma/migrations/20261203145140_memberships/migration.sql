-- CreateEnum
CREATE TYPE "MembershipStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'LEFT');

-- CreateTable
CREATE TABLE "Membership" (
    "userId" TEXT NOT NULL,
    "status" "MembershipStatus" NOT NULL DEFAULT 'ACTIVE',
    "affiliation" TEXT NOT NULL,
    "affiliationKind" TEXT NOT NULL,
    "roleAtAffiliation" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "areas" TEXT[],
    "orcid" TEXT,
    "githubHandle" TEXT,
    "isPublicListingConsented" BOOLEAN NOT NULL DEFAULT false,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastActiveAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reaffirmedAt" TIMESTAMP(3),
    "inactivityRemindedAt" TIMESTAMP(3),
    "suspendedAt" TIMESTAMP(3),
    "suspendedById" TEXT,
    "suspensionReason" TEXT,
    "leftAt" TIMESTAMP(3),
    "requestId" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "MembershipInvitation" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT,
    "affiliation" TEXT,
    "message" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "acceptedAt" TIMESTAMP(3),
    "acceptedById" TEXT,
    "requestId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MembershipInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Membership_requestId_key" ON "Membership"("requestId");

-- CreateIndex
CREATE INDEX "Membership_status_lastActiveAt_idx" ON "Membership"("status", "lastActiveAt");

-- CreateIndex
CREATE INDEX "Membership_isPublicListingConsented_status_idx" ON "Membership"("isPublicListingConsented", "status");

-- CreateIndex
CREATE UNIQUE INDEX "MembershipInvitation_tokenHash_key" ON "MembershipInvitation"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "MembershipInvitation_requestId_key" ON "MembershipInvitation"("requestId");

-- CreateIndex
CREATE INDEX "MembershipInvitation_email_createdAt_idx" ON "MembershipInvitation"("email", "createdAt");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_suspendedById_fkey" FOREIGN KEY ("suspendedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "MembershipRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipInvitation" ADD CONSTRAINT "MembershipInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipInvitation" ADD CONSTRAINT "MembershipInvitation_acceptedById_fkey" FOREIGN KEY ("acceptedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipInvitation" ADD CONSTRAINT "MembershipInvitation_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "MembershipRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- People who were made members or chairs by hand before memberships existed
-- become active members, with an empty directory entry (not listed publicly)
-- that they can fill in. Admins are not members unless they join.
INSERT INTO "Membership" ("userId", "affiliation", "affiliationKind", "roleAtAffiliation", "country", "areas", "updatedAt")
SELECT "id", '', 'other', '', '', ARRAY[]::TEXT[], CURRENT_TIMESTAMP FROM "User" WHERE "role" IN ('MEMBER', 'CHAIR');
