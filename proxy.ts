import { type NextRequest, NextResponse } from "next/server";

/**
 * A path with a malformed percent-escape ("/articles/%", "/pays/%ZZ") cannot
 * be decoded into route parameters, and Next answers such requests with a bare
 * 500. It is an unknown page: send it to the site's 404.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.rewrite(new URL("/page-introuvable", request.url));
  }
}

// Only the routes with dynamic segments: static files and other pages skip the proxy.
export const config = {
  matcher: ["/articles/:path*", "/entreprises/:path*", "/pays/:path*", "/themes/:path*", "/chronologie/:path*"],
};
