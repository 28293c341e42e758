// The lightest possible JSON route: the framework's ceiling in `npm run bench:api`.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true });
}
