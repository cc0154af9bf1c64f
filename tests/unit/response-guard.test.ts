import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { guardResponses } from "@/lib/server/response-guard";

const headers = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Frame-Options", value: "DENY" },
];

/* A server failing the way Next's router does: a bare 500 written with no header rule applied. */
const server = http.createServer((req, res) => {
  if (req.url === "/missing") {
    // A 404 given the page policy, as Next does for a route handler's.
    res.writeHead(404, { "Cache-Control": "s-maxage=300, stale-while-revalidate=3300", "Content-Type": "text/plain" });
    res.end("Introuvable");
    return;
  }
  if (req.url === "/own") res.setHeader("X-Frame-Options", "SAMEORIGIN");
  res.statusCode = req.url === "/own" ? 200 : 500;
  res.end(req.url === "/own" ? "ok" : "Internal Server Error");
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("guardResponses", () => {
  it("adds the security headers to a bare 500", async () => {
    guardResponses(headers);
    const response = await fetch(`${base}/boom`);
    expect(response.status).toBe(500);
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("leaves a header the route set itself", async () => {
    const response = await fetch(`${base}/own`);
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });

  it("lets no shared cache keep a 404", async () => {
    const response = await fetch(`${base}/missing`);
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
