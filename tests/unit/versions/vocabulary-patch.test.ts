import { describe, expect, it } from "vitest";
import { buildVocabulary } from "@/lib/search/typo";

const weights = () => new Map([["huawei", 5], ["hawaii", 50], ["telekom", 1000], ["telecoms", 2], ["extraordinairement", 1]]);

describe("a vocabulary moved by some words' deltas", () => {
  it("is the vocabulary built from the new weights, and leaves the old one as it was", () => {
    const old = buildVocabulary(weights());
    const before = structuredClone({ ...old });
    const deltas = new Map([["huawei", 2], ["telecoms", -2], ["nuage", 1], ["cloud", 3], ["extraordinairement", -1], ["telekom", 0]]);
    const patched = old.withDeltas(deltas);
    const expected = new Map([["huawei", 7], ["hawaii", 50], ["telekom", 1000], ["nuage", 1], ["cloud", 3]]);
    expect(patched).toEqual(buildVocabulary(expected));
    expect(patched.correct("telecom")).toBe("telekom");
    expect(patched.complete("clo")).toBe("cloud");
    expect(patched.has("telecoms")).toBe(false);
    expect({ ...old }).toEqual(before);
    expect(old.has("telecoms")).toBe(true);
  });

  it("breaks a tie between equally near, equally used words alphabetically, whatever order they were learnt in", () => {
    const learnt = buildVocabulary(new Map([["cloux", 1]])).withDeltas(new Map([["cloua", 1]]));
    expect(learnt.correct("clouz")).toBe("cloua");
    expect(buildVocabulary(new Map([["cloux", 1], ["cloua", 1]])).correct("clouz")).toBe("cloua");
  });
});
