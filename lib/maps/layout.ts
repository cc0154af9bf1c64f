import type { Feature, MultiPolygon, Polygon } from "geojson";
import { geoArea, geoNaturalEarth1, geoPath, type GeoPermissibleObjects, type GeoProjection } from "d3-geo";
import { CompactPathContext } from "./compact-path";
import { type CountryShape, worldCountries } from "./world";

/** A country's or a place's part on a map, strongest first: a country that is both a site and a market is drawn as a site. */
export const mapRoles = ["headquarters", "site", "planned", "market", "mentioned"] as const;
export type MapRole = (typeof mapRoles)[number];

/** @example strongestRole(["market", "site"]) // "site" */
export function strongestRole(roles: readonly MapRole[]): MapRole | undefined {
  return mapRoles.find((role) => roles.includes(role));
}

export type MapSpec = {
  width: number;
  height: number;
  /** Countries to colour, by ISO numeric code (world-atlas ids). */
  countries: { numeric: string; role: MapRole }[];
  points: { id: string; lat: number; lon: number; role: MapRole; label: string }[];
  /** ISO numeric code of the country to zoom on; the whole world (without Antarctica) when absent. */
  focus?: string;
};

export type MapShape = { id: string; d: string; role?: MapRole; focus: boolean };
type MapPoint = { id: string; x: number; y: number; role: MapRole; label: string };
export type MapLayout = { width: number; height: number; shapes: MapShape[]; points: MapPoint[] };

const antarctica = "010";

/** The biggest polygon of a country: mainland France rather than France with French Guiana. */
function mainland(shape: CountryShape): Feature<Polygon | MultiPolygon> {
  const geometry = shape.geometry as Polygon | MultiPolygon;
  if (geometry.type !== "MultiPolygon") return shape as Feature<Polygon>;
  const polygons = geometry.coordinates.map((coordinates) => ({ type: "Polygon" as const, coordinates }));
  const biggest = polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  return { type: "Feature", properties: {}, geometry: biggest };
}

/** World outlines by box size: the same for every world map of that size, whatever it colours. */
const worldOutlines = new WeakMap<CountryShape[], Map<string, { id: string; d: string }[]>>();

function outlines(shapes: CountryShape[], projection: GeoProjection, cacheKey: string | undefined, minStep: number): { id: string; d: string }[] {
  let cache = worldOutlines.get(shapes);
  if (!cache) worldOutlines.set(shapes, (cache = new Map()));
  const cached = cacheKey ? cache.get(cacheKey) : undefined;
  if (cached) return cached;
  const result: { id: string; d: string }[] = [];
  for (const shape of shapes) {
    if (shape.id === antarctica || !shape.id) continue;
    const context = new CompactPathContext(minStep);
    geoPath(projection, context)(shape);
    const d = context.result();
    if (d) result.push({ id: shape.id, d });
  }
  if (cacheKey) cache.set(cacheKey, result);
  return result;
}

function fitted(target: GeoPermissibleObjects, width: number, height: number, margin: number): GeoProjection {
  return geoNaturalEarth1()
    .fitExtent([[margin, margin], [width - margin, height - margin]], target)
    .clipExtent([[0, 0], [width, height]]);
}

/** The world's projection by box size. Fitting it measures every country (12 ms, most of a company page's map), and gives the same projection for every world map of that size. */
const worldProjections = new WeakMap<CountryShape[], Map<string, GeoProjection>>();

function worldProjection(shapes: CountryShape[], width: number, height: number, margin: number): GeoProjection {
  let cache = worldProjections.get(shapes);
  if (!cache) worldProjections.set(shapes, (cache = new Map()));
  const key = `${width}x${height}x${margin}`;
  let projection = cache.get(key);
  if (!projection) {
    projection = fitted({ type: "FeatureCollection", features: shapes.filter((s) => s.id !== antarctica) }, width, height, margin);
    cache.set(key, projection);
  }
  return projection;
}

/**
 * Projects the world's countries and the given points into a box, with
 * Natural Earth's projection: the whole inhabited world, or one country
 * (its mainland and its points) filling the box with a margin. Shapes
 * entirely outside the box are dropped, the rest clipped to it.
 */
export function layoutMap(spec: MapSpec, shapes: CountryShape[] = worldCountries()): MapLayout {
  const { width, height } = spec;
  const margin = Math.round(Math.min(width, height) * (spec.focus ? 0.12 : 0.02));
  const focused = spec.focus ? shapes.find((s) => s.id === spec.focus) : undefined;
  const target: GeoPermissibleObjects | undefined = focused && {
    type: "FeatureCollection",
    features: [mainland(focused), ...spec.points.map((p) => ({ type: "Feature" as const, properties: {}, geometry: { type: "Point" as const, coordinates: [p.lon, p.lat] } }))],
  };
  const projection = target ? fitted(target, width, height, margin) : worldProjection(shapes, width, height, margin);
  const roles = new Map(spec.countries.map((c) => [c.numeric, c.role]));
  const drawn = outlines(shapes, projection, focused ? undefined : `${width}x${height}`, focused ? 1 : 1.5).map(({ id, d }) => ({
    id,
    d,
    role: roles.get(id),
    focus: id === spec.focus,
  }));
  const points: MapPoint[] = [];
  for (const p of spec.points) {
    const xy = projection([p.lon, p.lat]);
    if (!xy || xy[0] < 0 || xy[0] > width || xy[1] < 0 || xy[1] > height) continue;
    points.push({ id: p.id, x: Math.round(xy[0] * 10) / 10, y: Math.round(xy[1] * 10) / 10, role: p.role, label: p.label });
  }
  return { width, height, shapes: drawn, points };
}

export type ShapeGroup = { key: string; d: string; role?: MapRole; focus: boolean };

/**
 * The shapes as one path per fill and stroke: every country's data starts
 * with an absolute move, so joined they draw the same map. A world map is
 * then six elements instead of 175, each with its classes written once
 * (its markup and payload were 60 KB a copy, three copies a page, for 25 KB
 * of path data). Uncoloured countries come first, the focused one last, its
 * thicker border on top.
 */
export function groupShapes(shapes: readonly MapShape[]): ShapeGroup[] {
  const groups = new Map<string, ShapeGroup>();
  for (const key of ["", ...mapRoles]) groups.set(key, { key, d: "", role: key ? (key as MapRole) : undefined, focus: false });
  for (const shape of shapes) {
    const key = shape.focus ? `focus-${shape.role ?? ""}` : (shape.role ?? "");
    const group = groups.get(key) ?? groups.set(key, { key, d: "", role: shape.role, focus: shape.focus }).get(key)!;
    group.d += shape.d;
  }
  return [...groups.values()].filter((g) => g.d);
}

/**
 * Groups points closer than `radius` pixels, so each marker a finger taps is
 * apart from the next; a group keeps its points in input order and sits at
 * the first one.
 * @example clusterPoints([{ id: "a", x: 0, y: 0 }, { id: "b", x: 3, y: 4 }, { id: "c", x: 50, y: 0 }], 10).map((g) => g.map((p) => p.id)) // [["a", "b"], ["c"]]
 */
export function clusterPoints<T extends { x: number; y: number }>(points: readonly T[], radius: number): T[][] {
  const groups: T[][] = [];
  for (const point of points) {
    const near = groups.find(([first]) => Math.hypot(first.x - point.x, first.y - point.y) < radius);
    if (near) near.push(point);
    else groups.push([point]);
  }
  return groups;
}
