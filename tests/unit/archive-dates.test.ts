import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeProblem } from "@/lib/model/content-error";
import { parseArticle } from "@/lib/content/load-articles";
import { loadRegistry } from "@/lib/content/load-registry";
import { formatArchiveDay, latest, modifiedAt, newestChange, rfc822 } from "@/lib/seo/archive-dates";

const fixtures = path.resolve("tests/fixtures");
const registry = loadRegistry(path.join(fixtures, "content"));
const valid = fs.readFileSync(path.join(fixtures, "content/articles/vieille-nouvelle.md"), "utf8");
const file = "tests/fixtures/content/articles/vieille-nouvelle.md";

/** The valid fixture with its archive dates replaced by `lines`. */
function withArchiveDates(lines: string): ReturnType<typeof parseArticle> {
  return parseArticle(file, valid.replace(/^archivedAt: .*\n/m, lines), registry);
}

function problems(lines: string): string {
  const result = withArchiveDates(lines);
  if (result.ok) throw new Error("accepted");
  return result.problems.map(describeProblem).join("\n");
}

describe("archive dates in the front matter", () => {
  it("reads archivedAt and correctedAt as written", () => {
    const result = withArchiveDates('archivedAt: "2026-11-23T14:17:51+00:00"\ncorrectedAt: "2026-11-25T09:00:00Z"\n');
    expect(result.ok).toBe(true);
    if (result.ok) expect([result.article.archivedAt, result.article.correctedAt]).toEqual(["2026-11-23T14:17:51+00:00", "2026-11-25T09:00:00Z"]);
  });

  it("requires archivedAt", () => {
    expect(problems("")).toMatch(/› archivedAt/);
  });

  it("refuses a date without a time or a time without a zone", () => {
    expect(problems('archivedAt: "2026-11-23"\n')).toMatch(/› archivedAt : horodatage ISO 8601 complet avec fuseau/);
    expect(problems('archivedAt: "2026-11-23T14:17:51"\n')).toMatch(/› archivedAt : horodatage/);
    expect(problems('archivedAt: "2026-11-23T14:17:51+00:00"\ncorrectedAt: "2026"\n')).toMatch(/› correctedAt : horodatage/);
  });

  it("refuses a correction before the publication", () => {
    expect(problems('archivedAt: "2026-11-23T14:17:51+00:00"\ncorrectedAt: "2026-11-23T15:00:00+02:00"\n')).toMatch(/› correctedAt : ne peut précéder archivedAt/);
  });
});

describe("archive date helpers", () => {
  it("date a change by the last correction, else the publication", () => {
    expect(modifiedAt({ archivedAt: "2026-11-23T14:17:51Z" })).toBe("2026-11-23T14:17:51Z");
    expect(modifiedAt({ archivedAt: "2026-11-23T14:17:51Z", correctedAt: "2026-12-01T00:00:00Z" })).toBe("2026-12-01T00:00:00Z");
  });

  it("compare instants across time zones", () => {
    expect(latest(["2026-11-23T14:08:27+00:00", "2026-11-23T15:00:00+02:00"])).toBe("2026-11-23T14:08:27+00:00");
    expect(latest([])).toBeUndefined();
    expect(newestChange([{ archivedAt: "2026-01-01T00:00:00Z", correctedAt: "2026-06-01T00:00:00Z" }, { archivedAt: "2026-03-01T00:00:00Z" }])).toBe("2026-06-01T00:00:00Z");
  });

  it("write RFC 822 in GMT", () => {
    expect(rfc822("2026-11-23T15:08:27+01:00")).toBe("Mon, 23 Nov 2026 14:08:27 GMT");
  });
});

describe("the five articles of the archive", () => {
  it("each has an archivedAt from the repository's history", () => {
    for (const name of fs.readdirSync("content/articles")) {
      const text = fs.readFileSync(path.join("content/articles", name), "utf8");
      expect(text, name).toMatch(/^archivedAt: "\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d"$/m);
    }
  });
});

describe("formatArchiveDay", () => {
  it("gives the day in Paris time, whatever the server's zone", () => {
    expect(formatArchiveDay("2026-11-23T14:08:27+00:00")).toBe("23 novembre 2026");
    expect(formatArchiveDay("2026-11-23T23:30:00Z")).toBe("24 novembre 2026");
  });
});
