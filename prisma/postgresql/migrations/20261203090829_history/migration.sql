-- CreateTable
CREATE TABLE "HistoryEntry" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "relationship" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "greetingName" TEXT NOT NULL,
    "profileLink" TEXT,
    "verdict" TEXT NOT NULL,
    "message" TEXT,
    "origin" TEXT NOT NULL,
    "note" TEXT,
    "waiting" BOOLEAN NOT NULL DEFAULT false,
    "meetingDate" TEXT,
    "decidedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HistoryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HistorySettings" (
    "ownerId" TEXT NOT NULL,
    "retentionMonths" INTEGER NOT NULL DEFAULT 12,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HistorySettings_pkey" PRIMARY KEY ("ownerId")
);

-- CreateIndex
CREATE INDEX "HistoryEntry_ownerId_decidedAt_idx" ON "HistoryEntry"("ownerId", "decidedAt");

-- CreateIndex
CREATE INDEX "HistoryEntry_decidedAt_idx" ON "HistoryEntry"("decidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "HistoryEntry_ownerId_clientId_key" ON "HistoryEntry"("ownerId", "clientId");

-- AddForeignKey
ALTER TABLE "HistoryEntry" ADD CONSTRAINT "HistoryEntry_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistorySettings" ADD CONSTRAINT "HistorySettings_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
