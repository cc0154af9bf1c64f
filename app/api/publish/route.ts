import { revalidateTag } from "next/cache";
import { after } from "next/server";
import { publishChanges } from "@/lib/publishing/publish";
import { authorizePublication } from "@/lib/publishing/publish-auth";
import { parsePublishRequest } from "@/lib/publishing/publish-request";

const json = { "Cache-Control": "no-store" };

/**
 * Publishes content files into the running archive without a rebuild:
 * `POST /api/publish` with `Authorization: Bearer <PUBLISH_TOKEN>` and, as
 * JSON, the files that changed (`{"files": ["articles/x.md"]}`) or nothing to
 * compare the whole content directory. The server's own watcher calls it too.
 * 200 when every file was taken; 422 with `problems` when some were refused.
 */
export async function POST(request: Request) {
  const authorization = authorizePublication(request.headers.get("authorization"));
  if (authorization === "disabled") return new Response("Introuvable", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (authorization === "unauthorized") {
    return Response.json({ error: "Jeton de publication absent ou invalide." }, { status: 401, headers: { ...json, "WWW-Authenticate": "Bearer" } });
  }
  const parsed = parsePublishRequest(await request.text());
  if ("error" in parsed) return Response.json({ error: parsed.error }, { status: 400, headers: json });
  const publication = publishChanges(parsed.files);
  const invalidate = () => publication.tags.forEach((tag) => revalidateTag(tag, { expire: 0 }));
  invalidate();
  // A render that began before this publication and ends after it would be stored as current: invalidate again once it is done.
  if (publication.tags.length) after(invalidate);
  // A file refused (its last good version stays online) is the editor's to fix: 422, with every problem, whatever else was published.
  return Response.json(publication, { status: publication.problems.length ? 422 : 200, headers: json });
}
