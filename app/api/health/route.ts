import { checkDatabase } from "@/lib/health";

// Always answered live: it exists to tell whether the database is reachable now.
export const dynamic = "force-dynamic";

export async function GET() {
  const result = await checkDatabase();
  if (result.ok) {
    return Response.json({ status: "ok", database: result.provider }, { headers: { "Cache-Control": "no-store" } });
  }
  return Response.json(
    { status: "error", database: result.provider, error: "The database is unreachable right now. Please try again shortly." },
    { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "5" } },
  );
}
