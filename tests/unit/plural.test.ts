import { describe, expect, it } from "vitest";
import { counted, plural } from "@/lib/text/plural";

describe("plural", () => {
  it("gives French's singular for 0 and 1 and its plural from 2", () => {
    expect([0, 1, 2, 10].map((n) => plural(n, "article"))).toEqual(["article", "article", "articles", "articles"]);
  });

  it("follows the language's rule rather than n > 1: 1.5 is singular, a million plural", () => {
    expect(plural(1.5, "kilomètre")).toBe("kilomètre");
    expect(plural(1_000_000, "euro")).toBe("euros");
  });

  it("takes an irregular plural, or several words that agree", () => {
    expect(plural(2, "lieu", "lieux")).toBe("lieux");
    expect(plural(3, "fichier refusé", "fichiers refusés")).toBe("fichiers refusés");
    expect(plural(1, "fichier refusé", "fichiers refusés")).toBe("fichier refusé");
  });

  it("writes a count with its word, with the separator asked", () => {
    expect(counted(2, "annonce")).toBe("2 annonces");
    expect(counted(1, "annonce", undefined, "\u00a0")).toBe("1\u00a0annonce");
  });
});
