// Ports and origins on loopback, for the servers tests and benchmarks start.
// Plain JavaScript: `npm test` (scripts/test.mjs) runs without a TypeScript loader.
import net from "node:net";

/** A port the OS says is free on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** The origin a server on this port is reached at, and what SITE_URL must say for its build. */
export const loopbackOrigin = (port) => `http://127.0.0.1:${port}`;
