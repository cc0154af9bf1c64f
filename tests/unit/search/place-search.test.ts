import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive } from "@/lib/archive/archive";
import { createSearch } from "@/lib/search/search";
import { parseSearchParams } from "@/lib/search/search-params";

// The archive itself: article 002 names Beijing (JD.com's home), registered as Pékin with its other spellings.
const search = createSearch(buildArchive(path.resolve("content")));
const slugs = (q: string) => search(parseSearchParams({ q }).params).results.map((r) => r.slug);

describe("search by place", () => {
  it("finds an article through its places' French names and other spellings", () => {
    const zhangbei = "alibaba-met-en-place-ses-premiers-centres-de-donnees-auto-concus-dans-le-hebei";
    expect(slugs("Pékin")).toContain(zhangbei);
    expect(slugs("Peking")).toContain(zhangbei);
    // Shanghaï: the text writes "Shangaï", the registry adds the usual spellings.
    expect(slugs("Shanghai")).toContain("deutsche-telekom-va-lancer-un-cloud-public-base-sur-la-plateforme-openstack-de-huawei");
  });
});
