import { EntityIndexView, entityIndexMetadata } from "@/app/_entity/entity-index-page";

export const metadata = entityIndexMetadata("country");

export default async function CountriesPage() {
  "use cache";
  return <EntityIndexView kind="country" />;
}
