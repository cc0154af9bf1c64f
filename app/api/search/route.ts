import { type NextRequest, NextResponse } from "next/server";
import { emptyResponse, search, searchFailedNotice } from "@/lib/search/search";
import { apiRequestProblem, parseSearchParams, rawSearchParams } from "@/lib/search/search-params";

/** Results for the as-you-type box and any other client: the same search as /recherche, as JSON. */
export function GET(request: NextRequest) {
  const input = rawSearchParams(request.nextUrl.searchParams);
  const problem = apiRequestProblem(input);
  if (problem) {
    return NextResponse.json({ error: problem }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  const { params, notices } = parseSearchParams(input);
  try {
    const response = search(params);
    // `limite` trims the page for small clients such as the header box.
    const limit = Number(input.limite);
    const results = Number.isInteger(limit) && limit >= 1 && limit < response.results.length ? response.results.slice(0, limit) : response.results;
    return NextResponse.json(
      { ...response, results, notices: [...notices, ...response.notices] },
      // The archive changes only with a new build: a minute of caching costs nothing.
      { headers: { "Cache-Control": "public, max-age=60, stale-while-revalidate=600" } },
    );
  } catch (error) {
    console.error("api/search", error);
    return NextResponse.json(emptyResponse(params, searchFailedNotice), { headers: { "Cache-Control": "no-store" } });
  }
}
