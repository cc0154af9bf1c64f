/*
 * The two patches this server makes to Node's HTTP server, both installed
 * once per process whatever bundle asks: a guard on request methods, in front
 * of Next (instrumentation.ts), and the headers every response must carry
 * (lib/server/startup.ts).
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { noStore } from "../cache/policy";
import { routes } from "../site/routes";


/**
 * What the archive answers to a request line before Next sees it: a 400 for
 * a target that is not a path (`GET *`, which Next answered 500), and a 405
 * for any method but GET and HEAD, except POST on the publication endpoint.
 * The site is read-only and has no Server Actions: Next would otherwise try
 * PUT, DELETE, OPTIONS on static files (a 500 each), run a route handler for
 * DELETE /sources/… (a 200), log a stack trace for TRACE or a `Next-Action`
 * POST, so anyone could fill the log. Answered here, they cost nothing and
 * log nothing. `undefined`: the request goes on to Next.
 * @example refusal("DELETE", "/favicon.ico") // { status: 405, allow: "GET, HEAD" }
 */
export function refusal(method: string | undefined, url: string | undefined): { status: 400 | 405; allow?: string } | undefined {
  if (!url?.startsWith("/")) return { status: 400 };
  if (method === "GET" || method === "HEAD") return undefined;
  const publishing = url.split("?")[0] === routes.publish;
  if (publishing && method === "POST") return undefined;
  return { status: 405, allow: publishing ? "POST" : "GET, HEAD" };
}

/** Installs `refusal` in front of every HTTP server of this process (the one `next start` opens). */
export function refuseUnsupportedRequests(): void {
  const proto = http.Server.prototype as http.Server & { __archiveRefusesMethods?: boolean };
  if (proto.__archiveRefusesMethods) return;
  proto.__archiveRefusesMethods = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      const refused = refusal(request.method, request.url);
      if (refused) {
        response.writeHead(refused.status, {
          ...(refused.allow ? { Allow: refused.allow } : {}),
          "Content-Type": "text/plain; charset=utf-8",
          "X-Content-Type-Options": "nosniff",
          "Cache-Control": "no-store",
        });
        response.end(refused.status === 405 ? "Méthode non autorisée." : "Requête invalide.");
        return true;
      }
    }
    return (emit as (this: http.Server, event: string, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as typeof proto.emit;
}

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
