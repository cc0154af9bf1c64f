import localFont from "next/font/local";

/**
 * Source Serif 4 from its fontsource package, served by the app itself (no
 * request to another host). next/font writes `font-display: swap` and a
 * fallback face whose size and line metrics are adjusted to the woff2's own
 * (Times New Roman scaled), so the text does not jump when the font arrives.
 * Paths are literals: next/font reads them at build time.
 * Latin subset only: it covers French, œ, « », the narrow no-break space.
 */
export const sourceSerif = localFont({
  src: [
    { path: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2", weight: "700", style: "normal" },
    { path: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2", weight: "400", style: "italic" },
  ],
  display: "swap",
  variable: "--font-source-serif",
  adjustFontFallback: "Times New Roman",
  fallback: ["Georgia", "Times New Roman", "serif"],
});
