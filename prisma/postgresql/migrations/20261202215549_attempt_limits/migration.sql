-- CreateTable
CREATE TABLE "AttemptLimit" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "AttemptLimit_pkey" PRIMARY KEY ("key")
);
