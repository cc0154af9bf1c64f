import { type NextRequest, NextResponse } from "next/server";
import { noStore } from "@/lib/cache/policy";
import { emptyResponse, search, searchFailedNotice } from "@/lib/search/search";
import { apiRequestProblem, parseSearchParams, rawSearchParams } from "@/lib/search/search-params";

/** Results for the as-you-type box and any other client: the same search as /recherche, as JSON. */
export function GET(request: NextRequest) {
  const input = rawSearchParams(request.nextUrl.searchParams);
  const problem = apiRequestProblem(input);
  if (problem) {
    return NextResponse.json({ error: problem }, { status: 400, headers: { "Cache-Control": noStore } });
  }
  const { params, notices } = parseSearchParams(input);
  try {
    const response = search(params);
    // `limite` trims the page for small clients such as the header box.
    const limit = Number(input.limite);
    const results = Number.isInteger(limit) && limit >= 1 && limit < response.results.length ? response.results.slice(0, limit) : response.results;
    return NextResponse.json(
      { ...response, results, notices: [...notices, ...response.notices] },
      // A publication changes results at once, and no CDN hears of it: kept by no one (the server caches the search itself).
      { headers: { "Cache-Control": noStore } },
    );
  } catch (error) {
    console.error("api/search", error);
    return NextResponse.json(emptyResponse(params, searchFailedNotice), { headers: { "Cache-Control": noStore } });
  }
}
