import fs from "node:fs";
import path from "node:path";

/*
 * The site's serif for sharing images. Satori (next/og) reads WOFF but not
 * WOFF2, so it takes the fontsource package's .woff files; read once per
 * process, from the project's own node_modules: no request.
 */
const files = [
  { weight: 400 as const, file: "source-serif-4-latin-400-normal.woff" },
  { weight: 700 as const, file: "source-serif-4-latin-700-normal.woff" },
];

let fonts: { name: string; data: ArrayBuffer; weight: 400 | 700; style: "normal" }[] | undefined;

export function ogFonts() {
  fonts ??= files.map(({ weight, file }) => {
    const buffer = fs.readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules/@fontsource/source-serif-4/files", file));
    return { name: "Source Serif 4", data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer, weight, style: "normal" as const };
  });
  return fonts;
}

/** Runs of spaces (a title or a detail joined from parts) made one, ends trimmed. */
export function singleSpaced(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
