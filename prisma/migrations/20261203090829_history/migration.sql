-- CreateTable
CREATE TABLE "HistoryEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "decidedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "HistoryEntry_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HistorySettings" (
    "ownerId" TEXT NOT NULL PRIMARY KEY,
    "retentionMonths" INTEGER NOT NULL DEFAULT 12,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "HistorySettings_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "HistoryEntry_ownerId_decidedAt_idx" ON "HistoryEntry"("ownerId", "decidedAt");

-- CreateIndex
CREATE INDEX "HistoryEntry_decidedAt_idx" ON "HistoryEntry"("decidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "HistoryEntry_ownerId_clientId_key" ON "HistoryEntry"("ownerId", "clientId");
