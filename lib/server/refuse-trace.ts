import http from "node:http";

/** Methods the Fetch standard forbids: Next cannot turn them into a Request and logs a stack trace per request. */
const forbidden = new Set(["TRACE", "TRACK"]);

/**
 * Answers TRACE and TRACK with a 405 before Next sees them. Next builds a
 * fetch `Request` for the proxy and route handlers, which throws on these
 * methods: every such request was a 500 with a stack trace in the log (a log
 * flood anyone could cause). No other request is touched.
 */
export function refuseTraceRequests(): void {
  const proto = http.Server.prototype as http.Server & { __archiveRefusesTrace?: boolean };
  if (proto.__archiveRefusesTrace) return;
  proto.__archiveRefusesTrace = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      if (forbidden.has(request.method ?? "")) {
        response.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" });
        response.end("Méthode non autorisée.");
        return true;
      }
    }
    return (emit as (this: http.Server, event: string, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as typeof proto.emit;
}
