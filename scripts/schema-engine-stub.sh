#!/bin/sh
# Stands in for the native Prisma schema engine, which cannot be downloaded here.
# `prisma generate` never calls it; migrations go through scripts/db.ts.
echo "schema-engine stub: use npm run db:deploy" >&2
exit 1
