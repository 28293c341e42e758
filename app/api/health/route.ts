import { checkDatabase, type DatabaseProblem } from "@/lib/health";

// Always answered live: it exists to tell whether the database is reachable now.
export const dynamic = "force-dynamic";

/** What a monitor (or the person reading it) is told; paths and driver messages stay in the server's log. */
const EXPLANATIONS: Record<DatabaseProblem, string> = {
  unreachable: "The database is unreachable right now. Please try again shortly.",
  missing: "The database file is missing from its place: nothing saved now would be kept. Restore it from a backup, then restart Kindly.",
  replaced: "The database file was replaced while Kindly was running: restart Kindly so that it uses the file now in place.",
  readOnly: "Kindly cannot write to its database: check the permissions of the database file and its folder, and the free disk space.",
};

export async function GET() {
  const result = await checkDatabase();
  if (result.ok) {
    return Response.json({ status: "ok", database: result.provider }, { headers: { "Cache-Control": "no-store" } });
  }
  return Response.json(
    { status: "error", database: result.provider, problem: result.problem, error: EXPLANATIONS[result.problem] },
    { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "5" } },
  );
}
