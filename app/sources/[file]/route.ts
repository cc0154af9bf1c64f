import { notFound } from "next/navigation";
import { getArchive } from "@/lib/archive";
import { getRawText, rawTextNames } from "@/lib/content/raw-texts";

/** Every raw text an article names, written out at build time. */
export function generateStaticParams() {
  return rawTextNames(getArchive()).map((file) => ({ file }));
}

/** The raw text an article was converted from, as plain text; any other name is the 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const text = getRawText(getArchive(), (await params).file);
  if (text === undefined) notFound();
  return new Response(text, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
