import { type JsonLd as JsonLdData, serializeJsonLd } from "@/lib/seo/json-ld";

/** Structured data for search engines; the data is serialized with `<` escaped (see serializeJsonLd). */
export function JsonLd({ data }: { data: JsonLdData | JsonLdData[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
