import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import topology from "world-atlas/countries-110m.json";

export type CountryShape = Feature<Geometry, { name: string }> & { id?: string };

let world: CountryShape[] | undefined;

/**
 * Natural Earth's countries at 1:110 million (the `world-atlas` package),
 * as GeoJSON features whose `id` is the ISO 3166-1 numeric code ("156"):
 * detailed enough for a map a few hundred pixels wide, small enough to draw
 * on every page. Read once per process.
 */
export function worldCountries(): CountryShape[] {
  if (!world) {
    const topo = topology as unknown as Parameters<typeof feature>[0];
    const countries = (topo.objects as Record<string, Parameters<typeof feature>[1]>).countries;
    world = (feature(topo, countries) as FeatureCollection<Geometry, { name: string }>).features as CountryShape[];
  }
  return world;
}
