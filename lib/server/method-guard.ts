import http from "node:http";

/** The one address that takes something else than GET and HEAD. */
const publishPath = "/api/publish";

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
  const publishing = url.split("?")[0] === publishPath;
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
