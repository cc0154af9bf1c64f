import { describe, expect, it } from "vitest";
import { proposeSites } from "@/lib/importer/announcements/site-proposals";
import type { AnnouncementData } from "@/lib/model/schema/announcement";

const context = {
  sites: [],
  companyName: (slug: string) => ({ sin: "SIN", equinix: "Equinix" })[slug],
  place: (slug: string) => ({ lome: { name: "Lomé", country: "togo" } })[slug],
};
const at = (kind: AnnouncementData["kind"], evidence: string): AnnouncementData => ({ by: ["sin"], kind, status: "announced", place: "lome", country: "togo", evidence });

describe("sites proposed for an article's announcements", () => {
  it("gives a cable landing and a data center of one firm in one town a site each", () => {
    const { announcements, sites } = proposeSites([at("cable", "La SIN construira la station d'atterrissement à Lomé."), at("datacenter", "La SIN agrandira le centre de données de Lomé.")], context);
    expect(sites.map((s) => s.kind)).toEqual(["cable-landing", "datacenter"]);
    expect(new Set(announcements.map((a) => a.site)).size).toBe(2);
  });

  it("near miss: two stages of one data center (announced, then under construction) share one site", () => {
    const { announcements, sites } = proposeSites([at("datacenter", "La SIN construira un centre de données à Lomé."), { ...at("datacenter", "Le chantier a commencé."), status: "under-construction" }], context);
    expect(sites).toHaveLength(1);
    expect(announcements.map((a) => a.site)).toEqual([sites[0].slug, sites[0].slug]);
  });
});
