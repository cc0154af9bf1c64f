import type { AnnouncementKind, AnnouncementStatus } from "../schema/announcement";
import type { SiteKind } from "../schema/entity";

/** How an announcement's kind reads in a table, a filter, a page. */
export const announcementKindLabels: Record<AnnouncementKind, string> = {
  datacenter: "centre de données",
  "cloud-region": "région cloud",
  investment: "investissement",
  acquisition: "acquisition",
  partnership: "partenariat",
  cable: "câble",
  other: "autre",
};

/** How a status reads; `completed` is a deal signed. */
export const statusLabels: Record<AnnouncementStatus, string> = {
  announced: "annoncé",
  "under-construction": "en construction",
  operational: "en service",
  cancelled: "abandonné",
  completed: "conclu",
};

/** A status the text does not give. */
export const unknownStatusLabel = "état non précisé";

export const siteKindLabels: Record<SiteKind, string> = {
  campus: "campus",
  datacenter: "centre de données",
  "cloud-region": "région cloud",
  "cable-landing": "atterrissement de câble",
};

/**
 * A status's mark, the same in tables, legends and on the map, so that it is
 * told by its shape and not by colour alone: hollow when only announced,
 * half when being built, full when in service.
 */
export const statusMarks: Record<AnnouncementStatus, string> = {
  announced: "○",
  "under-construction": "◐",
  operational: "●",
  cancelled: "✕",
  completed: "■",
};
