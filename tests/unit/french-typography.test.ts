import { describe, expect, it } from "vitest";
import { frenchTypography, NBSP, NNBSP } from "@/lib/text/french-typography";

describe("frenchTypography", () => {
  it("makes the space before a colon unbreakable", () => {
    expect(frenchTypography("Alibaba : le cloud")).toBe(`Alibaba${NBSP}: le cloud`);
  });

  it("uses a narrow no-break space before ; ! and ?", () => {
    expect(frenchTypography("Pourquoi ? Parce que ; enfin !")).toBe(`Pourquoi${NNBSP}? Parce que${NNBSP}; enfin${NNBSP}!`);
  });

  it("puts no-break spaces inside guillemets, adding them when missing", () => {
    expect(frenchTypography("« le cloud »")).toBe(`«${NBSP}le cloud${NBSP}»`);
    expect(frenchTypography("«le cloud»")).toBe(`«${NBSP}le cloud${NBSP}»`);
  });

  it("leaves URLs, times and names written without a space alone", () => {
    for (const text of ["https://exemple.fr/?q=a:b", "à 13:34 précises", "Yahoo! et C#", "ratio 16:9;"]) {
      expect(frenchTypography(text)).toBe(text);
    }
  });

  it("is idempotent and collapses several spaces into one", () => {
    const once = frenchTypography("Question  ?  « x »");
    expect(once).toBe(`Question${NNBSP}?  «${NBSP}x${NBSP}»`);
    expect(frenchTypography(once)).toBe(once);
  });
});
