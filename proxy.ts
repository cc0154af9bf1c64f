import { type NextRequest, NextResponse } from "next/server";
import { getArchive } from "./lib/archive";
import { routeExists } from "./lib/route-exists";
import { parseRoute } from "./lib/routes";

const plain = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

/** Only the publication endpoint takes a POST; the archive itself is read-only. */
function allowedMethods(pathname: string): string[] {
  return pathname === "/api/publish" ? ["POST"] : ["GET", "HEAD"];
}

/** Whether a path names something the archive can serve; one with a malformed percent-escape names nothing. */
function pathExists(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  return routeExists(parseRoute(decoded), getArchive());
}

/**
 * Answers, before any render, the requests the archive cannot serve:
 * - a method the address does not take (TRACE, PUT…): 405, where Next would
 *   throw and log a stack trace per request;
 * - an address naming no article, entity or page, or holding a malformed
 *   percent-escape ("/articles/%", where Next would answer 500): the site's
 *   404 page with a 404 status. With Cache Components a page's status is sent with its shell,
 *   before the page could call notFound(), so the check happens here (as the
 *   Next docs advise); it also keeps made-up slugs out of the render cache.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const allowed = allowedMethods(pathname);
  if (!allowed.includes(request.method)) {
    return new NextResponse("Méthode non autorisée.", { status: 405, headers: { ...plain, Allow: allowed.join(", ") } });
  }
  if (!pathExists(pathname)) {
    // No route answers this path, so Next renders the site's not-found page, with its status.
    return NextResponse.rewrite(new URL("/introuvable", request.url));
  }
  return NextResponse.next();
}

/*
 * Running the proxy costs a request about a millisecond: it runs only on the
 * dynamic routes, the API, and paths holding a "%".
 */
export const config = {
  matcher: ["/:section(articles|entreprises|pays|themes|sites|chronologie)/:rest+", "/api/:rest*", "/:path(.*%.*)"],
};
