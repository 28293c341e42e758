import { currentUser } from "@/lib/auth/session";
import { exportAccount } from "@/lib/data/account";
import { db } from "@/lib/db";
import { withErrorHandling } from "@/lib/http/handle";
import { jsonError } from "@/lib/http/json-body";

export const dynamic = "force-dynamic";

/** GET /api/account/export — everything Kindly holds about the signed-in person, as a JSON download. */
export const GET = withErrorHandling(async function get(request: Request) {
  const user = await currentUser(request.headers);
  if (!user) return jsonError("signedOut", "Sign in to download your data.");
  const data = await exportAccount(db(), user.id);
  if (!data) return jsonError("notFound", "No account found.");
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="kindly-export-${new Date().toISOString().slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
