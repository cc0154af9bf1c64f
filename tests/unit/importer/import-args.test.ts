import path from "node:path";
import { describe, expect, it } from "vitest";
import { IMPORT_USAGE, parseImportArgs } from "../../../scripts/lib/import-args";

describe("npm run import's command line", () => {
  it("writes into the archive by default, elsewhere with --out", () => {
    expect(parseImportArgs(["page.txt"], "/archive")).toEqual({ files: ["page.txt"], out: "/archive/articles", rawDir: "/archive/raw", force: false });
    expect(parseImportArgs(["page.txt", "--out=/tmp/x", "--force"], "/archive")).toMatchObject({ out: path.resolve("/tmp/x"), rawDir: path.resolve("/tmp/x/raw"), force: true });
  });

  it("takes the page's address and the publisher's name, for one page", () => {
    expect(parseImportArgs(["page.txt", "--url", "https://www.courrier-vendeen.fr/a", "--source", "Le Courrier vendéen"], "/archive")).toMatchObject({
      url: "https://www.courrier-vendeen.fr/a",
      sourceName: "Le Courrier vendéen",
    });
    expect(parseImportArgs(["a.txt", "b.txt", "--url", "https://exemple.fr/a"], "/archive")).toMatch(/une seule page/);
  });

  it("explains what is wrong, in French", () => {
    expect(parseImportArgs(["page.txt", "--url", "ftp://exemple.fr/a"], "/archive")).toMatch(/--url attend l'adresse http\(s\)/);
    expect(parseImportArgs(["page.txt", "--url"], "/archive")).toMatch(/--url attend/);
    expect(parseImportArgs(["page.txt", "--source"], "/archive")).toMatch(/--source attend le nom/);
    expect(parseImportArgs([], "/archive")).toBe("aucun fichier brut indiqué");
    expect(parseImportArgs(["--help"], "/archive")).toBe(IMPORT_USAGE);
  });
});
