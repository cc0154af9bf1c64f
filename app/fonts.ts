import localFont from "next/font/local";

/**
 * Source Serif 4 from its fontsource package, served by the app itself (no
 * request to another host), with `font-display: swap`. Its fallback face
 * ("Source Serif Fallback", app/globals.css) is written by hand rather than by
 * next/font, whose face names only `local(Times New Roman)`: Linux and Android
 * have no such font, Chromium then picks a wider serif, and the text reflowed
 * when Source Serif arrived (Lighthouse measured a layout shift of 0.18–0.33).
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
  adjustFontFallback: false,
  fallback: ["Source Serif Fallback", "Georgia", "serif"],
});
