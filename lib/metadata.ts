import type { Metadata } from "next";
import { site } from "./site";

type PageMetadata = {
  /** Page title without the site name (the layout's template adds it). */
  title: string;
  description: string;
  /** Path of the canonical URL, e.g. "/articles/slug". */
  path: string;
  type?: "website" | "article";
  publishedTime?: string;
  noIndex?: boolean;
};

/** The one helper every `generateMetadata` uses: title, description, canonical, OpenGraph, Twitter. */
export function pageMetadata({ title, description, path, type = "website", publishedTime, noIndex }: PageMetadata): Metadata {
  const url = `${site.url}${path}`;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      title,
      description,
      url,
      siteName: site.name,
      locale: "fr_FR",
      type,
      ...(type === "article" && publishedTime ? { publishedTime } : {}),
    },
    twitter: { card: "summary_large_image", title, description },
    ...(noIndex ? { robots: { index: false, follow: true } } : {}),
  };
}
