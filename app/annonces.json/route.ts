import { cacheArchiveRender } from "@/lib/cache/scope";
import { listsTag } from "@/lib/cache/tags";
import { exportBody, exportFilters, exportHeaders } from "@/lib/announcements/export-response";
import { site } from "@/lib/site";

/** The announcements as JSON, filtered like /annonces: a cached render per filter, invalidated with the lists on each publication. */
async function body(filters: ReturnType<typeof exportFilters>): Promise<string> {
  "use cache";
  cacheArchiveRender(listsTag);
  return exportBody("json", filters, site.url);
}

export async function GET(request: Request) {
  return new Response(await body(exportFilters(request)), { headers: exportHeaders.json });
}
