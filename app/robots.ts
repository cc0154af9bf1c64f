import type { MetadataRoute } from "next";
import { site } from "@/lib/site/site";
import { routes } from "@/lib/site/routes";

export default function robots(): MetadataRoute.Robots {
  return {
    // The JSON API answers the search box; search pages echo any query typed
    // in a URL, so neither is worth a crawler's visit (the pages also say noindex).
    rules: { userAgent: "*", allow: "/", disallow: [routes.search, `${routes.api}/`] },
    sitemap: `${site.url}/sitemap.xml`,
  };
}
