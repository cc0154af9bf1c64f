import { type NextRequest, NextResponse } from "next/server";
import { cachedSearchPath } from "./lib/search/search-cache-key";

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  /*
   * A path with a malformed percent-escape ("/articles/%", "/pays/%ZZ") cannot
   * be decoded into route parameters, and Next answers such requests with a
   * bare 500. It is an unknown page: send it to the site's 404.
   */
  try {
    decodeURIComponent(pathname);
  } catch {
    return NextResponse.rewrite(new URL("/page-introuvable", request.url));
  }
  // A well-formed search is served by its cached page; one needing corrections renders per request, with notices.
  if (pathname === "/recherche") {
    const cached = cachedSearchPath(searchParams);
    if (cached) return NextResponse.rewrite(new URL(cached, request.url));
  }
  return NextResponse.next();
}

/*
 * Running the proxy costs a warm page about 1.5 ms of its 5: it only runs on
 * the search, and on paths of the dynamic routes that hold a "%" (the only
 * ones that can carry a malformed escape; slugs are plain ASCII).
 */
export const config = {
  matcher: ["/recherche", "/:section(articles|entreprises|pays|themes|chronologie)/:rest(.*%.*)"],
};
