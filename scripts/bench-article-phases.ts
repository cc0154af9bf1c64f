/**
 * `npm run bench:article-phases`: where an article page's own work goes, in
 * process, phase by phase, for articles past the prerendered ones (those a
 * first request renders): the archive lookup, the Markdown body (on this
 * thread, and through the render thread with its round trip), related
 * articles, the entity chips, the announcements table, JSON-LD, and React's
 * render of the page's components to HTML. What Next adds around them (its
 * render pipeline, the runtime prefetch's second render, Flight
 * serialisation) is not here: `npm run bench:latency` gives the whole
 * request's CPU beside, and the difference is Next's.
 *
 * Then the same for company pages never requested (their first page): the
 * profile, the map, the year chart, the timeline and the rest.
 *
 *   CONTENT_DIR=<corpus> npm run bench:article-phases -- [--count 200] [--companies 60]
 *
 * React's production build is what the server runs: the npm script sets
 * NODE_ENV=production (the development build is 3–4 times slower).
 * Each phase is timed as CPU of this process (process.cpuUsage), which a
 * loaded machine moves less than wall time; the render thread's time is wall
 * time, the round trip included.
 */
import { parseArgs } from "node:util";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ArticleAnnouncements } from "../components/article/article-announcements";
import { ArticleBody } from "../components/article/article-body";
import { ArticleEntities } from "../components/article/article-entities";
import { ArticleHeader } from "../components/article/article-header";
import { Provenance } from "../components/article/provenance";
import { RelatedArticles } from "../components/article/related-articles";
import { JsonLd } from "../components/seo/json-ld";
import { YearChart } from "../components/charts/year-chart";
import { EntityHeading, EntityMap, EntitySections } from "../components/entity/entity-kind-parts";
import { TimelineSection } from "../components/entity/timeline-section";
import { getArchive } from "../lib/archive/archive";
import { articlesPerYear } from "../lib/charts/per-year";
import { getEntityProfile } from "../lib/entities/entity-pages";
import { parseTimelineSegments } from "../lib/pages/timeline-view";
import { getArticle, getRelatedArticles, getSameStoryArticles } from "../lib/pages/articles";
import { rowsOf } from "../lib/announcements/announcement-rows";
import { renderMarkdown } from "../lib/markdown/markdown";
import { renderWithLimit } from "../lib/markdown/markdown-render";
import { articleBreadcrumbJsonLd, articleJsonLd } from "../lib/seo/json-ld";
import { site } from "../lib/site/site";
import { ms, percentile } from "./lib/stats";
import { loadAverage } from "./lib/process-cpu";

const { values } = parseArgs({ options: { count: { type: "string", default: "200" }, companies: { type: "string", default: "60" } } });

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function print(phases: Map<string, number[]>) {
  for (const [phase, values] of phases) {
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    console.log(`  ${phase.padEnd(56)} moyenne ${ms(mean).padStart(8)}   p50 ${ms(percentile(values, 50)).padStart(8)}   p95 ${ms(percentile(values, 95)).padStart(8)}`);
  }
}

/** A function that runs a piece of work and adds its CPU time to the phase's list in `phases`. */
function timerInto(phases: Map<string, number[]>) {
  return <T>(phase: string, work: () => T): T => {
    const before = cpuMs();
    const result = work();
    (phases.get(phase) ?? phases.set(phase, []).get(phase)!).push(cpuMs() - before);
    return result;
  };
}

async function main() {
  const archive = getArchive();
  const articles = archive.articles.slice(site.prerenderedArticles, site.prerenderedArticles + Number(values.count));
  const phases = new Map<string, number[]>();
  const time = timerInto(phases);
  const html = (element: ReactElement) => renderToStaticMarkup(element);
  // Warm up the code paths (JIT, the entity index, the render thread's start), then measure.
  for (const article of articles.slice(0, 20)) {
    renderMarkdown(article.body);
    getRelatedArticles(article);
    html(createElement(ArticleEntities, { article }));
  }
  await renderWithLimit("échauffement");
  const roundTrips: number[] = [];
  for (const article of articles) {
    const found = time("archive lookup", () => getArticle(article.slug)!);
    const body = time("Markdown, on this thread", () => renderMarkdown(found.body));
    const started = performance.now();
    await renderWithLimit(found.body);
    roundTrips.push(performance.now() - started);
    const related = time("related articles (same story, see also)", () => [getSameStoryArticles(found), getRelatedArticles(found)]);
    time("entity chips (render)", () => html(createElement(ArticleEntities, { article: found })));
    time("announcements (rows)", () => rowsOf([found], archive.registry));
    time("announcements table (rows + render)", () => html(createElement(ArticleAnnouncements, { article: found })));
    const data = time("JSON-LD (data)", () => [articleJsonLd(found, site.url), articleBreadcrumbJsonLd(found, site.url)]);
    time("JSON-LD (render)", () => html(createElement(JsonLd, { data })));
    time("header, provenance (render)", () => html(createElement("div", null, createElement(ArticleHeader, { article: found }), createElement(Provenance, { article: found }))));
    time("body (render of the HTML)", () => html(createElement(ArticleBody, { html: body })));
    time("related (render)", () => html(createElement("div", null, ...related.map((list, i) => createElement(RelatedArticles, { key: i, id: `r${i}`, title: "x", articles: list })))));
  }
  phases.set("Markdown through the render thread (wall, round trip)", roundTrips);
  console.log(`${archive.articles.length} articles, ${articles.length} pages d'article, charge ${loadAverage()}`);
  print(phases);

  // Company pages: a profile is computed once per archive version, on the page's first request.
  const companyPhases = new Map<string, number[]>();
  const timeCompany = timerInto(companyPhases);
  const { view } = parseTimelineSegments([])!;
  const companies = [...archive.registry.companies.values()].slice(0, Number(values.companies));
  for (const company of companies) {
    const profile = timeCompany("profile (timeline, facts, projects)", () => getEntityProfile("company", company.slug));
    if (!profile) continue;
    timeCompany("heading and sections (render)", () => html(createElement("div", null, createElement(EntityHeading, { profile }), createElement(EntitySections, { profile }))));
    timeCompany("map (layout and render)", () => html(createElement(EntityMap, { profile })));
    timeCompany("year chart (render)", () => html(createElement(YearChart, { data: articlesPerYear(profile.timeline.map((e) => e.article), (a) => a.date), subject: profile.name })));
    timeCompany("timeline, first page (render)", () => html(createElement(TimelineSection, { entries: profile.timeline, page: 1, view, basePath: "/entreprises/x", self: { kind: "company", slug: company.slug } })));
  }
  console.log(`${companies.length} pages d'entreprise`);
  print(companyPhases);
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
