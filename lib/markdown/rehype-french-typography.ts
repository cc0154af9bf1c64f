import type { Element, Root, RootContent } from "hast";
import { frenchTypography } from "../text/french-typography";

/** Elements whose text is literal: code keeps its spaces as written. */
const literal = new Set(["code", "pre", "kbd", "samp", "script", "style"]);

function walk(node: Root | Element): void {
  for (const child of node.children as RootContent[]) {
    if (child.type === "text") child.value = frenchTypography(child.value);
    else if (child.type === "element" && !literal.has(child.tagName)) walk(child);
  }
}

/**
 * Rehype plugin: French punctuation spacing (see frenchTypography) in every
 * text node of the article, never in attributes (URLs) nor in code.
 */
export default function rehypeFrenchTypography() {
  return (tree: Root) => walk(tree);
}
