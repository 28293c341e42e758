-- CreateTable
CREATE TABLE "Policy" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "profile" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Policy_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Policy_ownerId_key" ON "Policy"("ownerId");
