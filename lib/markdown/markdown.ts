import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import rehypeFrenchTypography from "./rehype-french-typography";

/**
 * Raw HTML in content is parsed (so its text stays readable) then sanitized
 * with GitHub's allow-list: no script, no event handler, no javascript: or data: URL,
 * no iframe. Ids get a prefix so content cannot clobber the page's own.
 * French punctuation spacing is applied to the text last, once it is safe.
 */
const schema = {
  ...defaultSchema,
  // Elements whose content is code or markup, never text for the reader: dropped
  // whole. The allow-list alone would unwrap them and show a style sheet as prose.
  strip: [...(defaultSchema.strip ?? []), "style", "iframe", "noembed", "noframes", "template", "title", "xmp"],
};

const withRawHtml = unified()
  .use(remarkParse)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, schema)
  .use(rehypeFrenchTypography)
  .use(rehypeStringify)
  .freeze();

/*
 * Markdown without a "<" holds no raw HTML (every HTML node, and every
 * autolink, starts with one), so parsing the tree again as HTML (rehype-raw,
 * more than half of an article's render) would change nothing: same output,
 * still sanitized.
 */
const withoutRawHtml = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize, schema).use(rehypeFrenchTypography).use(rehypeStringify).freeze();

/** Markdown to safe HTML. */
export function renderMarkdown(markdown: string): string {
  return String((markdown.includes("<") ? withRawHtml : withoutRawHtml).processSync(markdown));
}
