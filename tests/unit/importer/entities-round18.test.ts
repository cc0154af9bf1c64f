import { describe, expect, it } from "vitest";
import { firms } from "./entity-probes";

/*
 * Causes of the twelfth blind set's misses (issue #29 item 6, round 18), each
 * with a made-up sentence where the rule fires and a look-alike where it must not.
 */

describe("firms", () => {
  it("a registry group and the world region or business line it serves is a subsidiary: « Orange Caraïbe », « Orange Marine »; « la route de la Marine » is not", () => {
    expect(firms("Le câble sera posé par Orange Caraïbe entre Marie-Galante et la Dominique.")).toEqual(["Orange Caraïbe"]);
    expect(firms("Le syndicat mixte a retenu Orange Marine pour poser le câble.")).toEqual(["Orange Marine"]);
    expect(firms("Orange a ouvert une boutique sur la route de la Marine.")).toEqual(["Orange"]);
  });
});
