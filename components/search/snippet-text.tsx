import type { SnippetPart } from "@/lib/search/search-response";

/**
 * A snippet with its matched words in `<mark>`; text only, so React escapes it.
 * The element around it carries the `snippet` class, which styles the marks
 * (app/globals.css): a result page holds dozens of them.
 */
export function SnippetText({ parts }: { parts: SnippetPart[] }) {
  return <>{parts.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}</>;
}
