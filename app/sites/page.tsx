import { EntityIndexView, entityIndexMetadata } from "@/app/_entity/entity-index-page";

export const metadata = entityIndexMetadata("site");

export default async function SitesPage() {
  "use cache";
  return <EntityIndexView kind="site" />;
}
