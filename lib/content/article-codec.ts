import type { EntityRegistry } from "../entities/entity-registry";
import { registryParts } from "../schema/entity";
import type { Article } from "./article";

/*
 * Articles as the archive snapshot keeps them (lib/content/archive-snapshot.ts):
 * each one a flat JSON array, its keys kept once per shape (the list of keys
 * in their order) instead of once per article, entities by their number in a
 * table of the snapshot, dates as milliseconds. At 100,000 articles, V8's
 * deserialisation of the articles as objects, then their linking to the
 * registry (each article turned into a slow "dictionary" object by the
 * accessor of its body), took most of a server's start: decoding builds each
 * article once, in its final form, its keys in the order a read one has them,
 * so that it deep-equals and serialises as the article read from its file.
 *
 * A value is encoded as itself when JSON keeps it (string, number, boolean,
 * null), else as:
 * - an object: [shape number, ...its values];
 * - an array: { a: [...its values] };
 * - a Date: { t: milliseconds };
 * - undefined (a key present without a value): { u: 0 };
 * - an entity of the registry: { e: its number in the snapshot's entity table };
 * - the article's body: { b: 0 }, the text being kept apart (read when asked).
 */

export type Encoded = string | number | boolean | null | Encoded[] | { [tag: string]: Encoded };

/** An entity as the snapshot names it: which map of the registry, which slug. */
export type EntityName = [kind: RegistryMap, slug: string];
type RegistryMap = Exclude<keyof EntityRegistry, "names">;
const registryMaps: readonly RegistryMap[] = registryParts;

/** Encodes articles, collecting the shapes and entities they use. */
export class ArticleEncoder {
  readonly shapes: string[][] = [];
  readonly entities: EntityName[] = [];
  private readonly shapeIds = new Map<string, number>();
  private readonly entityIds = new Map<object, number>();
  private readonly entityOf = new Map<object, EntityName>();

  constructor(registry: EntityRegistry) {
    for (const kind of registryMaps) for (const [slug, entity] of registry[kind]) this.entityOf.set(entity, [kind, slug]);
  }

  /** The article without its body, which the caller keeps apart. */
  article(article: Article): Encoded {
    return this.object(article as unknown as Record<string, unknown>, true);
  }

  private value(value: unknown): Encoded {
    if (value === undefined) return { u: 0 };
    if (value === null || typeof value === "string" || typeof value === "boolean") return value;
    if (typeof value === "number") {
      if (!Number.isFinite(value)) throw new Error(`instantané : nombre non représentable (${value})`);
      return value;
    }
    if (value instanceof Date) return { t: value.getTime() };
    if (Array.isArray(value)) return { a: value.map((v) => this.value(v)) };
    if (typeof value === "object") {
      const entity = this.entityOf.get(value);
      return entity ? { e: this.entity(value, entity) } : this.object(value as Record<string, unknown>, false);
    }
    throw new Error(`instantané : valeur non représentable (${typeof value})`);
  }

  private object(object: Record<string, unknown>, isArticle: boolean): Encoded[] {
    const keys = Object.keys(object);
    const shape = keys.join("\n");
    let id = this.shapeIds.get(shape);
    if (id === undefined) {
      id = this.shapes.push(keys) - 1;
      this.shapeIds.set(shape, id);
    }
    const encoded: Encoded[] = [id];
    for (const key of keys) encoded.push(isArticle && key === "body" ? { b: 0 } : this.value(object[key]));
    return encoded;
  }

  private entity(entity: object, name: EntityName): number {
    let id = this.entityIds.get(entity);
    if (id === undefined) {
      id = this.entities.push(name) - 1;
      this.entityIds.set(entity, id);
    }
    return id;
  }
}

/**
 * Decodes the articles of one snapshot against the registry read now. One
 * getter serves every body (the same function for every article keeps them
 * fast objects of one hidden class); it finds the article's text by its
 * number, kept under a symbol no reader sees (JSON, spread, equality).
 */
export class ArticleDecoder {
  private readonly entities: (object | undefined)[];
  private readonly bodyGetter: () => string;
  private readonly makers: Maker[] = [];
  /** Set while decoding an article that names an entity the registry no longer has. */
  private unknownEntity = false;

  constructor(
    private readonly shapes: string[][],
    entities: EntityName[],
    registry: EntityRegistry,
    bodyOf: (index: number) => string,
  ) {
    this.entities = entities.map(([kind, slug]) => (registryMaps.includes(kind) ? registry[kind].get(slug) : undefined));
    this.bodyGetter = function (this: { [bodyIndex]: number }) {
      return bodyOf(this[bodyIndex]);
    };
  }

  /** The article, its body read from the snapshot's text number `index`, or undefined when it names an entity the registry lost. */
  article(encoded: Encoded[], index: number): Article | undefined {
    this.unknownEntity = false;
    const article = this.object(encoded);
    if (this.unknownEntity) return undefined;
    Object.defineProperty(article, bodyIndex, { value: index });
    return article as unknown as Article;
  }

  private object(encoded: Encoded[]): Record<string, unknown> {
    const shape = encoded[0] as number;
    const make = (this.makers[shape] ??= maker(this.shapes[shape], encoded));
    return make(encoded, (v) => this.value(v), this.bodyGetter);
  }

  private value(value: Encoded): unknown {
    if (value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) return this.object(value);
    if ("a" in value) return (value.a as Encoded[]).map((v) => this.value(v));
    if ("e" in value) {
      const entity = this.entities[value.e as number];
      if (!entity) this.unknownEntity = true;
      return entity;
    }
    if ("t" in value) return new Date(value.t as number);
    return undefined;
  }
}

const bodyIndex = Symbol("body index");

type Maker = (encoded: Encoded[], value: (v: Encoded) => unknown, body: () => string) => Record<string, unknown>;

const isBody = (value: Encoded) => value !== null && typeof value === "object" && !Array.isArray(value) && "b" in value;

/**
 * The function that builds the objects of one shape: its keys written out,
 * in order, so that V8 gives every object of the shape one fast hidden
 * class. Added one by one under computed names, an article's twenty-odd keys
 * made it a slow "dictionary" object, and every page reading it paid for it.
 * The body, an accessor, is defined in its place between the keys before it
 * (one literal) and those after it.
 */
function maker(keys: readonly string[], first: Encoded[]): Maker {
  // The keys are the schema's (lib/schema/ has no free-form records); anything else, even quoted, never reaches generated code.
  const odd = keys.find((key) => !/^[A-Za-z_$][\w$]*$/.test(key) || key === "__proto__");
  if (odd !== undefined) throw new Error(`archive snapshot: unexpected key ${JSON.stringify(odd)}`);
  const at = keys.findIndex((_, i) => isBody(first[i + 1]));
  const field = (key: string, i: number) => `${JSON.stringify(key)}: value(encoded[${i + 1}])`;
  const before = (at < 0 ? keys : keys.slice(0, at)).map(field);
  const after = at < 0 ? [] : keys.slice(at + 1).map((key, i) => `object[${JSON.stringify(key)}] = value(encoded[${at + i + 2}]);`);
  const body = at < 0 ? "" : `Object.defineProperty(object, ${JSON.stringify(keys[at])}, { get: body, enumerable: true, configurable: true });`;
  return new Function("encoded", "value", "body", `const object = { ${before.join(", ")} }; ${body} ${after.join(" ")} return object;`) as Maker;
}
