import { describe, expect, it } from "vitest";
import { factSheetListMax, mostCited } from "@/lib/entities/most-cited";

const list = (n: number) => Array.from({ length: n }, (_, i) => `pays-${i}`);

describe("mostCited", () => {
  it("keeps the most cited first and counts the others", () => {
    const { shown, others } = mostCited(list(240));
    expect(shown).toEqual(list(factSheetListMax));
    expect(others).toBe(240 - factSheetListMax);
  });

  it("shows a list only a few longer than the cap whole, rather than 'and 2 others'", () => {
    expect(mostCited(list(factSheetListMax + 3))).toEqual({ shown: list(factSheetListMax + 3), others: 0 });
    expect(mostCited(list(factSheetListMax + 4)).others).toBe(4);
  });

  it("leaves short and empty lists alone", () => {
    expect(mostCited(list(5))).toEqual({ shown: list(5), others: 0 });
    expect(mostCited([])).toEqual({ shown: [], others: 0 });
  });
});
