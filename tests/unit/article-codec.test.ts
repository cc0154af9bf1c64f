import { describe, expect, it } from "vitest";
import { ArticleDecoder } from "@/lib/content/article-codec";
import type { EntityRegistry } from "@/lib/model/entity-registry";

/*
 * The decoder writes one small function per shape of the snapshot, with the
 * shape's keys in its source: only plain identifiers (the schema's keys) may
 * reach it, whatever the snapshot file says.
 */
const registry = { companies: new Map(), countries: new Map(), themes: new Map(), places: new Map(), names: [] } as unknown as EntityRegistry;
const decoder = (shapes: string[][]) => new ArticleDecoder(shapes, [], registry, () => "corps");

describe("ArticleDecoder", () => {
  it("builds an object of a shape, its body read when asked", () => {
    const article = decoder([["slug", "title", "body"]]).article([0, "a", "Un titre", { b: 0 }], 0) as unknown as Record<string, unknown>;
    expect(Object.keys(article)).toEqual(["slug", "title", "body"]);
    expect(article).toMatchObject({ slug: "a", title: "Un titre", body: "corps" });
  });

  it.each([["__proto__"], ['a"]; globalThis.hacked = 1; ["'], ["title }); process.exit(1); ({ x"], ["1abc"], [""]])(
    "refuses a shape whose key is not a plain identifier: %j",
    (key) => {
      expect(() => decoder([["slug", key]]).article([0, "a", "x"], 0)).toThrow(/clé inattendue/);
      expect((globalThis as Record<string, unknown>).hacked).toBeUndefined();
    },
  );
});
