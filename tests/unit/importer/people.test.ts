import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadRegistry } from "@/lib/content/load-registry";
import { findPeople } from "@/lib/importer/page/people";

const registry = loadRegistry(path.resolve(process.cwd(), "content"));

describe("findPeople", () => {
  it("finds a quoted person with the role the text gives", () => {
    expect(findPeople("« Nous investissons », explique Jonas Bogoshi, président-directeur général de BCX.", registry)).toEqual([
      { name: "Jonas Bogoshi", role: "président-directeur général de BCX" },
    ]);
  });

  it("finds a role written before the name, and a name after a speech verb", () => {
    const text = "Le président d’Alibaba Cloud Intelligence, Jeff Zhang, a déclaré que… Ce qu'a expliqué Harald Lindlar hier.";
    expect(findPeople(text, registry)).toEqual([
      { name: "Jeff Zhang", role: "président d’Alibaba Cloud Intelligence" },
      { name: "Harald Lindlar", role: undefined },
    ]);
  });

  it("drops the sentence word before a name and never lists a company", () => {
    const text = "Comme Kevin Liu, directeur général d’Alibaba Cloud France, l’expliquait. Selon Deutsche Telekom, le projet avance.";
    expect(findPeople(text, registry).map((p) => p.name)).toEqual(["Kevin Liu"]);
  });

  it("takes no firm named after an unnamed speaker's role (« a déclaré le directeur général de Sify Technologies »)", () => {
    expect(findPeople("« Le campus répond à la demande », a déclaré le directeur général de Sify Technologies.", registry)).toEqual([]);
    expect(findPeople("« Nous sommes prêts », explique la présidente Anne Martin.", registry).map((p) => p.name)).toEqual(["Anne Martin"]);
  });
});
