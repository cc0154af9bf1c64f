import { EntityIndexView, entityIndexMetadata } from "@/app/_entity/entity-index-page";

export const metadata = entityIndexMetadata("theme");

export default async function ThemesPage() {
  "use cache";
  return <EntityIndexView kind="theme" />;
}
