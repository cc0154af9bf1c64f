import { describe, expect, it } from "vitest";
import { extraPageSegments, pageHref, paginate, parsePageParam, parsePageSegments } from "@/lib/site/pagination";
import { slugify } from "@/lib/text/text";

describe("pagination", () => {
  const items = Array.from({ length: 45 }, (_, i) => i);
  it("cuts pages of 20 and refuses pages past the end", () => {
    expect(paginate(items, 1)?.items).toHaveLength(20);
    expect(paginate(items, 3)).toMatchObject({ items: [40, 41, 42, 43, 44], totalPages: 3, totalItems: 45 });
    expect(paginate(items, 4)).toBeUndefined();
    expect(paginate(items, 0)).toBeUndefined();
    expect(paginate([], 1)).toMatchObject({ items: [], totalPages: 1 });
  });

  it("parses page parameters and segments strictly", () => {
    expect(parsePageParam("2")).toBe(2);
    expect(parsePageParam(["3", "4"])).toBe(3);
    expect(parsePageParam("-1")).toBe(1);
    expect(parsePageParam("1e9")).toBe(1);
    expect(parsePageSegments(undefined)).toBe(1);
    expect(parsePageSegments(["page", "2"])).toBe(2);
    expect(parsePageSegments(["page", "1"])).toBeUndefined();
    expect(parsePageSegments(["page", "02"])).toBeUndefined();
    expect(parsePageSegments(["autre"])).toBeUndefined();
    expect(pageHref("/pays/chine", 1)).toBe("/pays/chine");
    expect(pageHref("/pays/chine", 2)).toBe("/pays/chine/page/2");
    expect(extraPageSegments(45, 5)).toEqual([["page", "2"], ["page", "3"]]);
    expect(extraPageSegments(10_000, 5)).toHaveLength(4);
    // By default only first pages are built ahead (site.prerenderedListPages).
    expect(extraPageSegments(10_000)).toEqual([]);
  });
});

describe("slugify", () => {
  it("makes French headlines into accent-free hyphenated slugs", () => {
    expect(slugify("Alibaba investit plus de 25 milliards d’euros dans le ‘cloud’ boosté par la pandémie")).toBe(
      "alibaba-investit-plus-de-25-milliards-d-euros-dans-le-cloud-booste-par-la-pandemie",
    );
    expect(slugify("Côte d'Ivoire : l'e-commerce")).toBe("cote-d-ivoire-l-e-commerce");
  });
});
