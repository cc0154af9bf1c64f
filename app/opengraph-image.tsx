import { ogContentType, ogImage, ogSize } from "@/components/seo/og-card";
import { site } from "@/lib/site/site";

export const size = ogSize;
export const contentType = ogContentType;
export const alt = site.name;

export default function Image() {
  return ogImage({ kicker: "Archive", title: site.name, detail: site.tagline });
}
