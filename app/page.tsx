import { FrontPage } from "@/components/home/front-page";
import { JsonLd } from "@/components/seo/json-ld";
import { cacheArchiveRender } from "@/lib/cache/scope";
import { listsTag } from "@/lib/cache/tags";
import { getFrontPage } from "@/lib/pages/front-page";
import { pageMetadata } from "@/lib/pages/metadata";
import { websiteJsonLd } from "@/lib/seo/json-ld";
import { site } from "@/lib/site/site";

export const metadata = { ...pageMetadata({ title: site.name, description: site.description, path: "/" }), title: { absolute: `${site.name} — ${site.tagline}` } };

export default async function HomePage() {
  "use cache";
  cacheArchiveRender(listsTag);
  return (
    <>
      <JsonLd data={websiteJsonLd(site.url)} />
      <FrontPage data={getFrontPage()} />
    </>
  );
}
