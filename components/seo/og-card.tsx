import { ImageResponse } from "next/og";
import { ogImageSize } from "@/lib/pages/metadata";
import { ogFonts, singleSpaced } from "@/lib/pages/og-fonts";
import { site } from "@/lib/site/site";

/** OpenGraph images: the size social networks expect for a large card. */
export const ogSize = { ...ogImageSize };
export const ogContentType = "image/png";

/** Long titles are cut so the card never overflows (Satori does not clamp lines). */
function clip(raw: string, max: number): string {
  const text = singleSpaced(raw);
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A sharing card: kicker, title, a line of detail, the site's name. Set in
 * the site's serif from its fontsource package (lib/pages/og-fonts.ts), so nothing
 * is fetched at build or run time.
 */
export function ogImage({ kicker, title, detail }: { kicker: string; title: string; detail?: string }): ImageResponse {
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "64px 72px",
          background: "#fafaf9",
          fontFamily: "Source Serif 4",
          color: "#1c1917",
          borderTop: "16px solid #991b1b",
        }}
      >
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ fontSize: 30, color: "#991b1b", textTransform: "uppercase", letterSpacing: 4 }}>{kicker}</div>
          <div style={{ marginTop: 24, fontSize: title.length > 90 ? 52 : 64, lineHeight: 1.15 }}>{clip(title, 150)}</div>
          {detail && <div style={{ marginTop: 28, fontSize: 30, color: "#44403c" }}>{clip(detail, 120)}</div>}
        </div>
        <div style={{ display: "flex", justifyContent: "space-between", fontSize: 28, color: "#57534e" }}>
          <span>{site.name}</span>
          <span>Archive du cloud et des centres de données</span>
        </div>
      </div>
    ),
    { ...ogSize, fonts: ogFonts() },
  );
}
