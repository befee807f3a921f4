-- CreateTable
CREATE TABLE "SavedSite" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "site" TEXT,
    "siteKind" TEXT,
    "scheduler" TEXT,
    "filesystem" TEXT,
    "installMethod" TEXT,
    "pythonVersion" TEXT,
    "mpi" TEXT,
    "accelerator" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SavedSite_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SavedSite_userId_name_key" ON "SavedSite"("userId", "name");

-- AddForeignKey
ALTER TABLE "SavedSite" ADD CONSTRAINT "SavedSite_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
