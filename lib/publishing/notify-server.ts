import { internalPublishToken } from "./publish-auth";

/**
 * Asks this server to publish files, through its own endpoint: Next only
 * lets a request handler invalidate its cache (revalidateTag needs a
 * request's context), and a file watcher has none.
 */
export async function publishThroughServer(files: string[]): Promise<void> {
  const port = process.env.PORT;
  if (!port) throw new Error("port du serveur inconnu (PORT)");
  const response = await fetch(`http://127.0.0.1:${port}/api/publish`, {
    method: "POST",
    headers: { Authorization: `Bearer ${internalPublishToken()}`, "Content-Type": "application/json" },
    body: JSON.stringify({ files }),
  });
  // 422: files refused, already logged by the publication itself (the others were published).
  if (!response.ok && response.status !== 422) throw new Error(`POST /api/publish : ${response.status}`);
}
