import { type NextRequest, NextResponse } from "next/server";

export function proxy(request: NextRequest) {
  /*
   * A path with a malformed percent-escape ("/articles/%", "/pays/%ZZ") cannot
   * be decoded into route parameters, and Next answers such requests with a
   * bare 500. It is a malformed request: say so, briefly.
   */
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Adresse mal formée.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return NextResponse.next();
}

/*
 * Running the proxy costs a warm page about 1.5 ms of its 5: it only runs on
 * paths that hold a "%", the only ones that can carry a malformed escape.
 */
export const config = {
  matcher: ["/:path(.*%.*)"],
};
