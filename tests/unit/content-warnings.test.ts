import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive } from "@/lib/archive/archive";
import { contentWarnings } from "@/lib/content/content-warnings";

describe("contentWarnings", () => {
  it("warns when articles/ is empty, naming the folder", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "archive-vide-"));
    fs.cpSync("tests/fixtures/content/entities", path.join(dir, "entities"), { recursive: true });
    fs.mkdirSync(path.join(dir, "articles"));
    const warnings = contentWarnings(buildArchive(dir));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`aucun article dans ${path.join(dir, "articles")}`);
  });

  it("says nothing of an archive with articles", () => {
    expect(contentWarnings(buildArchive(path.resolve("tests/fixtures/content")))).toEqual([]);
  });
});
