/**
 * Runs once when a server process starts: loads and validates the archive
 * before the first request, so a bad or missing CONTENT_DIR stops the server
 * with a clear message instead of failing page by page.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getArchive } = await import("./lib/archive");
  try {
    const archive = getArchive();
    console.log(`Archives du Cloud : ${archive.articles.length} articles chargés depuis ${archive.dir}`);
  } catch (error) {
    console.error(`\nArchives du Cloud ne peut pas démarrer.\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
