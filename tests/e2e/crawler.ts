import { parse } from "parse5";

/*
 * A link checker for the running site (crawl.test.ts): from some seeds it
 * follows every URL a page names, in its body and in its metadata (canonical,
 * alternates, og:url, og:image, twitter:image, JSON-LD), in feeds and in the
 * sitemap and robots.txt. URLs of the site's origin are fetched; a URL on a
 * loopback host of another origin is broken (a build that named the wrong
 * origin, such as http://localhost:3000); other origins are only listed, as
 * the test machine has no network.
 */

export type Found = { url: string; kind: string };
export type Broken = { url: string; from: string; kind: string; status: number | string };
export type CrawlResult = { fetched: Map<string, number>; broken: Broken[]; external: Map<string, string> };

type Node = { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string; content?: Node };

const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const text = (node: Node): string => (node.childNodes ?? []).map((c) => (c.nodeName === "#text" ? (c.value ?? "") : text(c))).join("");

/** Every string in a JSON-LD value that is an absolute URL; a SearchAction's template filled in. */
function jsonLdUrls(value: unknown, out: string[]): void {
  if (typeof value === "string") {
    if (/^https?:\/\//.test(value)) out.push(value.replace("{search_term_string}", "alibaba"));
  } else if (Array.isArray(value)) value.forEach((v) => jsonLdUrls(v, out));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => jsonLdUrls(v, out));
}

const urlAttributes: Record<string, string[]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  script: ["src"],
  img: ["src"],
  source: ["src"],
  iframe: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
  form: ["action"],
};

/** The URLs an HTML page names, with what names them. */
export function linksInHtml(html: string): Found[] {
  const found: Found[] = [];
  const walk = (node: Node) => {
    const tag = node.tagName;
    if (tag) {
      for (const name of urlAttributes[tag] ?? []) {
        const value = attr(node, name);
        if (value !== undefined) found.push({ url: value, kind: tag === "link" ? `link rel=${attr(node, "rel")}` : `${tag}[${name}]` });
      }
      for (const candidate of (attr(node, "srcset") ?? "").split(",").map((s) => s.trim().split(/\s+/)[0]).filter(Boolean)) {
        found.push({ url: candidate, kind: `${tag}[srcset]` });
      }
      const key = attr(node, "property") ?? attr(node, "name") ?? "";
      const content = attr(node, "content");
      if (tag === "meta" && content && /^(og|twitter|article):/.test(key) && /^https?:\/\//.test(content)) found.push({ url: content, kind: `meta ${key}` });
      if (tag === "script" && attr(node, "type") === "application/ld+json") {
        const urls: string[] = [];
        jsonLdUrls(JSON.parse(text(node)), urls);
        found.push(...urls.map((url) => ({ url, kind: "JSON-LD" })));
      }
    }
    (node.childNodes ?? []).forEach(walk);
    if (node.content) walk(node.content);
  };
  walk(parse(html) as unknown as Node);
  return found;
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** The URLs a feed or a sitemap names: loc, link, guid, href and domain attributes. */
export function linksInXml(xml: string): Found[] {
  const found: Found[] = [];
  for (const [, tag, value] of xml.matchAll(/<(loc|link|guid|url)(?:\s[^>]*)?>([^<]+)<\/\1>/g)) found.push({ url: unescapeXml(value.trim()), kind: `<${tag}>` });
  for (const [, name, value] of xml.matchAll(/\s(href|domain)="([^"]+)"/g)) found.push({ url: unescapeXml(value), kind: `@${name}` });
  return found;
}

/** robots.txt names the sitemap. */
export function linksInRobots(body: string): Found[] {
  return [...body.matchAll(/^Sitemap:\s*(\S+)/gim)].map((m) => ({ url: m[1], kind: "robots Sitemap" }));
}

const loopback = new Set(["localhost", "127.0.0.1", "[::1]", "0.0.0.0"]);

type CrawlOptions = {
  max?: number;
  concurrency?: number;
  /** Whether the links of a fetched page are followed too (all by default); a page not expanded is still checked. */
  expand?: (url: URL) => boolean;
};

/** Crawls the site at `origin` from `seeds` (paths), `concurrency` requests at a time. */
export async function crawl(origin: string, seeds: string[], { max = 3000, concurrency = 4, expand = () => true }: CrawlOptions = {}): Promise<CrawlResult> {
  const fetched = new Map<string, number>();
  const broken: Broken[] = [];
  const external = new Map<string, string>();
  const queued = new Set<string>();
  const queue: { url: string; from: string; kind: string }[] = [];

  const add = (raw: string, from: string, kind: string) => {
    let url: URL;
    try {
      url = new URL(raw, from);
    } catch {
      broken.push({ url: raw, from, kind, status: "adresse illisible" });
      return;
    }
    if (!/^https?:$/.test(url.protocol)) {
      if (url.protocol === "javascript:") broken.push({ url: raw, from, kind, status: "javascript:" });
      return;
    }
    url.hash = "";
    const href = url.href;
    if (url.origin !== origin) {
      if (loopback.has(url.hostname)) broken.push({ url: href, from, kind, status: "autre origine locale" });
      else if (!external.has(href)) external.set(href, from);
      return;
    }
    if (queued.has(href)) return;
    queued.add(href);
    queue.push({ url: href, from, kind });
  };
  for (const seed of seeds) add(seed, `${origin}/`, "départ");

  const visit = async ({ url, from, kind }: { url: string; from: string; kind: string }) => {
    const response = await fetch(url, { redirect: "manual" });
    fetched.set(url, response.status);
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      add(location, url, `redirection depuis ${kind}`);
      return;
    }
    if (response.status >= 400) {
      await response.body?.cancel();
      broken.push({ url, from, kind, status: response.status });
      return;
    }
    const type = response.headers.get("content-type") ?? "";
    if (!expand(new URL(url))) {
      await response.body?.cancel();
      return;
    }
    const found = type.includes("text/html")
      ? linksInHtml(await response.text())
      : /xml/.test(type)
        ? linksInXml(await response.text())
        : type.includes("text/plain")
          ? linksInRobots(await response.text())
          : (await response.arrayBuffer(), []);
    for (const f of found) add(f.url, url, f.kind);
  };

  const workers = Array.from({ length: concurrency }, async () => {
    while (queue.length) {
      if (fetched.size >= max) throw new Error(`plus de ${max} adresses : le site en génère-t-il sans fin ?`);
      await visit(queue.shift()!);
    }
  });
  await Promise.all(workers);
  return { fetched, broken, external };
}
