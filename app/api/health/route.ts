import { connection } from "next/server";
import { sharedCacheState } from "@/lib/cache/shared-cache-state";
import { noStore } from "@/lib/cache/policy";
import { serverState } from "@/lib/server/readiness";

/**
 * For load balancers and operators: 200 once the archive is loaded, with
 * what this instance serves (archive version, article count, files refused)
 * and the state of the shared cache (`up`, `down`, `off`); 503 while it
 * starts. Read at each request, never kept by anyone.
 */
export async function GET() {
  await connection();
  const state = serverState();
  return Response.json(
    { status: state.ready ? "ok" : "démarrage", ...state, redis: sharedCacheState() },
    { status: state.ready ? 200 : 503, headers: { "Cache-Control": noStore } },
  );
}
