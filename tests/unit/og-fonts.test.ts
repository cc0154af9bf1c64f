import { describe, expect, it } from "vitest";
import { ogFonts, singleSpaced } from "@/lib/pages/og-fonts";

describe("sharing-image fonts", () => {
  it("read the site's serif as WOFF (what Satori reads) from the fontsource package", () => {
    const fonts = ogFonts();
    expect(fonts.map((f) => [f.name, f.weight])).toEqual([["Source Serif 4", 400], ["Source Serif 4", 700]]);
    for (const font of fonts) expect(new TextDecoder().decode(font.data.slice(0, 4))).toBe("wOFF");
  });

  it("leave no double space in a card's text", () => {
    expect(singleSpaced("  Alibaba  ·\u00a0 2020 ")).toBe("Alibaba · 2020");
  });
});
