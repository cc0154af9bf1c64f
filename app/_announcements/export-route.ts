import { cacheArchiveRender } from "@/lib/cache/scope";
import { listsTag } from "@/lib/cache/tags";
import { exportBody, exportFilters, exportHeaders } from "@/lib/announcements/export-response";
import { site } from "@/lib/site/site";

type ExportFormat = keyof typeof exportHeaders;

/** An export's body: a cached render per format and filter, invalidated with the lists on each publication. */
async function cachedExport(format: ExportFormat, filters: ReturnType<typeof exportFilters>): Promise<string> {
  "use cache";
  cacheArchiveRender(listsTag);
  return exportBody(format, filters, site.url);
}

/** The GET of /annonces.csv or /annonces.json: the announcements filtered like /annonces. */
export function announcementsExportRoute(format: ExportFormat) {
  return async function GET(request: Request) {
    return new Response(await cachedExport(format, exportFilters(request)), { headers: exportHeaders[format] });
  };
}
