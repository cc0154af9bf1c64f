/** Runs once when a server process starts (see lib/startup.ts). */
export async function register() {
  // Imported only in the Node.js runtime: it reads files and may exit the process.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    (await import("./lib/server/method-guard")).refuseUnsupportedRequests();
    (await import("./lib/startup")).prepareServer();
  }
}
