import { type GeoPermissibleObjects, geoNaturalEarth1 } from "d3-geo";
import { describe, expect, it } from "vitest";
import { CompactPathContext } from "@/lib/maps/compact-path";
import { clusterPoints, groupShapes, layoutMap, strongestRole } from "@/lib/maps/layout";
import { worldCountries } from "@/lib/maps/world";

describe("world shapes", () => {
  it("come from Natural Earth with ISO numeric ids", () => {
    const world = worldCountries();
    expect(world.length).toBeGreaterThan(170);
    expect(world.find((c) => c.id === "710")?.properties.name).toBe("South Africa");
    expect(world.find((c) => c.id === "156")?.properties.name).toBe("China");
  });
});

describe("compact path data", () => {
  it("writes whole pixels as relative steps and skips steps under the minimum", () => {
    const context = new CompactPathContext(2);
    context.moveTo(10.4, 10.6);
    context.lineTo(10.9, 11.2); // 1 px away: skipped
    context.lineTo(20, 11);
    context.lineTo(20, 30);
    context.closePath();
    expect(context.result()).toBe("M10 11l10 0l0 19z");
  });

  it("drops a ring too small to draw", () => {
    const context = new CompactPathContext(2);
    context.moveTo(0, 0);
    context.lineTo(0.5, 0.5);
    context.closePath();
    expect(context.result()).toBe("");
  });
});

describe("map layout", () => {
  const johannesburg = { id: "johannesburg", lat: -26.2, lon: 28.05, role: "site" as const, label: "Johannesburg" };
  const capeTown = { id: "le-cap", lat: -33.92, lon: 18.42, role: "planned" as const, label: "Le Cap" };

  it("colours countries by role and places points inside the box", () => {
    const map = layoutMap({ width: 640, height: 330, countries: [{ numeric: "710", role: "site" }, { numeric: "156", role: "headquarters" }], points: [johannesburg] });
    expect(map.shapes.find((s) => s.id === "710")?.role).toBe("site");
    expect(map.shapes.find((s) => s.id === "156")?.role).toBe("headquarters");
    expect(map.shapes.find((s) => s.id === "250")?.role).toBeUndefined();
    expect(map.shapes.some((s) => s.id === "010")).toBe(false);
    const [point] = map.points;
    // Johannesburg is in the southern hemisphere, east of Greenwich: lower right of the middle.
    expect(point.x).toBeGreaterThan(320);
    expect(point.y).toBeGreaterThan(165);
    expect(map.shapes.reduce((n, s) => n + s.d.length, 0)).toBeLessThan(60_000);
  });

  it("places points on a world map as a projection fitted for that map would, once fitted per box size", () => {
    const spec = { width: 500, height: 260, countries: [{ numeric: "710", role: "site" as const }], points: [johannesburg, capeTown] };
    const fresh = geoNaturalEarth1()
      .fitExtent([[5, 5], [495, 255]], { type: "FeatureCollection", features: worldCountries().filter((s) => s.id !== "010") } as GeoPermissibleObjects)
      .clipExtent([[0, 0], [500, 260]]);
    const round = ([x, y]: [number, number]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
    const expected = [johannesburg, capeTown].map((p) => round(fresh([p.lon, p.lat])!));
    // The second map of that size reuses the first one's projection: it must still place its own points.
    expect(layoutMap(spec).points.map((p) => [p.x, p.y])).toEqual(expected);
    expect(layoutMap({ ...spec, points: [capeTown] }).points.map((p) => [p.x, p.y])).toEqual([expected[1]]);
  });

  it("zooms on a country: its cities spread over the box, far countries left out", () => {
    const map = layoutMap({ width: 400, height: 300, countries: [{ numeric: "710", role: "site" }], points: [johannesburg, capeTown], focus: "710" });
    expect(map.shapes.find((s) => s.id === "710")?.focus).toBe(true);
    expect(map.shapes.some((s) => s.id === "156")).toBe(false);
    const [jhb, cpt] = map.points;
    expect(jhb.x - cpt.x).toBeGreaterThan(100);
    expect(cpt.y).toBeGreaterThan(jhb.y);
  });

  it("joins the shapes into one path per fill, the uncoloured first and the focused country last", () => {
    const map = layoutMap({ width: 400, height: 300, countries: [{ numeric: "710", role: "site" }, { numeric: "516", role: "planned" }, { numeric: "072", role: "planned" }], points: [], focus: "710" });
    const groups = groupShapes(map.shapes);
    expect(groups.map((g) => [g.role, g.focus])).toEqual([[undefined, false], ["planned", false], ["site", true]]);
    // Nothing drawn twice or lost: the joined data is every shape's, each starting with an absolute move.
    expect(groups.reduce((n, g) => n + g.d.length, 0)).toBe(map.shapes.reduce((n, s) => n + s.d.length, 0));
    for (const shape of map.shapes) expect(shape.d.startsWith("M")).toBe(true);
    expect(groups.find((g) => g.role === "planned")!.d).toBe(map.shapes.filter((s) => s.role === "planned").map((s) => s.d).join(""));
  });

  it("orders roles from the home country to a mere mention", () => {
    expect(strongestRole(["market", "site"])).toBe("site");
    expect(strongestRole(["mentioned", "headquarters"])).toBe("headquarters");
    expect(strongestRole([])).toBeUndefined();
  });

  it("groups points closer than a finger apart", () => {
    const groups = clusterPoints([{ id: "a", x: 0, y: 0 }, { id: "b", x: 3, y: 4 }, { id: "c", x: 50, y: 0 }], 10);
    expect(groups.map((g) => g.map((p) => p.id))).toEqual([["a", "b"], ["c"]]);
  });
});
