import { type NextRequest, NextResponse } from "next/server";
import { getArchive } from "./lib/archive";
import { routeExists } from "./lib/route-exists";
import { parseRoute } from "./lib/routes";

/**
 * Whether a path names something the archive can serve; one with a malformed
 * percent-escape names nothing. Addresses outside the archive's dynamic
 * routes (the API, /api/health while the archive loads) do not read it.
 */
function pathExists(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  const route = parseRoute(decoded);
  return route.kind === "other" || routeExists(route, getArchive());
}

/**
 * Answers, before any render, the requests for an address naming no article,
 * entity or page, or holding a malformed percent-escape ("/articles/%",
 * where Next would answer 500): the site's 404 page with a 404 status. With
 * Cache Components a page's status is sent with its shell, before the page
 * could call notFound(), so the check happens here (as the Next docs
 * advise); it also keeps made-up slugs out of the render cache. Methods are
 * checked before Next sees the request (lib/server/method-guard.ts).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
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
