import http from "node:http";
import { describe, expect, it } from "vitest";
import { baseUrl } from "./support";

/** A raw request (fetch refuses TRACE); the status and headers of the answer. */
function request(method: string, path: string): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${baseUrl}${path}`, { method }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

/*
 * Whatever Next answers to odd requests (an unsupported method, a malformed
 * escape: 500s when this was written, 4xx once they are handled), the answer
 * carries the same security headers as every page.
 */
describe("security headers on Next's own error answers", () => {
  it.each([
    ["TRACE", "/recherche"],
    ["TRACE", "/api/search?q=cloud"],
    ["GET", "/recherche/resultats/%E0%A4%A"],
    ["GET", "/articles/%E0%A4%A"],
  ])("%s %s", async (method, path) => {
    const { status, headers } = await request(method, path);
    expect(status, "an answer, whatever it is").toBeGreaterThanOrEqual(200);
    expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
  });
});
