import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { noStore } from "../cache/policy";

type Header = { key: string; value: string };

/** The headers next.config.ts gives every path ("/:path*"), as the build recorded them. */
export function headersForEveryPath(distDir: string): Header[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "routes-manifest.json"), "utf8")) as { headers?: { source: string; headers: Header[] }[] };
  return manifest.headers?.find((rule) => rule.source === "/:path*")?.headers ?? [];
}

const guarded = Symbol.for("archives-du-cloud.response-guard");

/**
 * Where the proxy rewrote a request (an unknown address to the 404 page),
 * Next tells the client router with this header. A page loaded by the
 * browser has no use for it, and it would name an internal route: it is kept
 * only on the router's own requests (header `RSC`).
 */
const rewriteHeader = "x-middleware-rewrite";

/** Removes a header from a response, whether set before or passed to writeHead. */
function dropHeader(response: http.ServerResponse, args: unknown[], name: string): void {
  response.removeHeader(name);
  const headers = args.find((arg) => typeof arg === "object" && arg !== null && !Array.isArray(arg)) as Record<string, unknown> | undefined;
  if (headers) for (const key of Object.keys(headers)) if (key.toLowerCase() === name) delete headers[key];
}

/**
 * A 404 is kept by no one: Next gives some of them (a route handler's, the
 * not-found page) its page policy, and a CDN keeping one would hide an
 * article published a minute later.
 */
function neverKeepNotFound(response: http.ServerResponse, args: unknown[]): void {
  const status = typeof args[0] === "number" ? args[0] : response.statusCode;
  if (status !== 404) return;
  dropHeader(response, args, "cache-control");
  response.setHeader("Cache-Control", noStore);
}

/**
 * Next writes some failures (an unsupported method, a malformed escape in a
 * path its proxy reads) as a bare 500 before its header rules apply, so the
 * error page went out without the security headers. Every response of this
 * process now gets those it lacks; a header a route sets itself wins. No
 * page loaded by a browser carries the proxy's rewrite header, and no 404
 * may be kept by a shared cache.
 */
export function guardResponses(headers: Header[]): void {
  const proto = http.ServerResponse.prototype as http.ServerResponse & { [guarded]?: true };
  if (proto[guarded] || !headers.length) return;
  proto[guarded] = true;
  const writeHead = proto.writeHead;
  proto.writeHead = function (this: http.ServerResponse, ...args: Parameters<typeof writeHead>) {
    for (const { key, value } of headers) if (!this.hasHeader(key)) this.setHeader(key, value);
    if (!this.req?.headers.rsc) dropHeader(this, args, rewriteHeader);
    neverKeepNotFound(this, args);
    return writeHead.apply(this, args);
  } as typeof writeHead;
}
