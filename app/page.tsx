import { FrontPage } from "@/components/home/front-page";
import { getFrontPage } from "@/lib/front-page";
import { pageMetadata } from "@/lib/metadata";
import { site } from "@/lib/site";

export const metadata = { ...pageMetadata({ title: site.name, description: site.description, path: "/" }), title: { absolute: `${site.name} — ${site.tagline}` } };

export default function HomePage() {
  const data = getFrontPage();
  return <FrontPage data={data} />;
}
