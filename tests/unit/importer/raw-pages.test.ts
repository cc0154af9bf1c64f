import { afterAll, describe, expect, it } from "vitest";
import { describeProblem } from "@/lib/model/content-error";
import { parseArticle } from "@/lib/content/load-articles";
import { loadRegistry } from "@/lib/content/load-registry";
import { withProposals } from "@/lib/importer/entities/article-entities";
import { loadGazetteer } from "@/lib/importer/entities/gazetteer";
import { importArticle } from "@/lib/importer/import-article";
import { toMarkdown } from "@/lib/importer/page/to-markdown";
import { type PageScore, precision, readCorpus, recall, reportOnlySetsOf, scorePage, summarise, table } from "./corpus-score";
import { announcementLine, announcementMisses, type PageAnnouncements, pageAnnouncements } from "./raw-page-announcements";

/*
 * The raw-page corpus (tests/fixtures/raw-pages, see its README): every page is
 * imported as `npm run import` does (gazetteer included, `--url` when the page
 * gives one) and compared, field by field, with what was written by hand beside
 * it (corpus-score.ts). The issue's goals (#29) are checked on the pages the
 * rules were tuned on; the held-out pages, written before the tuning and looked
 * at only after it, are scored apart: they estimate what an unseen page gets.
 * Their misses are printed only with CORPUS_SHOW_HELD_OUT=1, so that tuning
 * does not read them by accident. The second held-out set ("held-out-2"),
 * written blind by someone who never read the rules, was first only reported;
 * its misses were then read to tune the rules, so it is no longer blind and,
 * now that it reaches them, is held to the same goals (its announcements are
 * still only reported). A page of it that fails to import or validate is
 * listed in the table, then fails the goals' test. The third set ("held-out-3"),
 * written blind the same way, was first only reported in its own table; read
 * since to tune the rules (importer4, importer5), it now reaches the goals and
 * is held to them like the second. The fourth set ("held-out-4"), written
 * blind while the rules were tuned on every page before it, only reports, in a
 * table of its own: a page of it the importer refuses, a false date or a lost
 * sentence there is printed, never failed, so that the suite measures unseen
 * pages without being tuned to pass them. The fifth set ("held-out-5"), written
 * blind the same way while the rules were tuned on every page up to the fourth,
 * is treated exactly like the fourth, and so are the later ones ("held-out-6",
 * "held-out-7", "held-out-8"), each written blind while the rules were tuned
 * on every page before it. Pages whose expected.json has `"announcements"` also get the
 * announcements score (raw-page-announcements.ts), per set.
 */
const registry = loadRegistry(`${process.cwd()}/content`);
const gazetteer = loadGazetteer();
const pages = readCorpus();
const scores = new Map<string, PageScore>();
const heldOut = new Set(pages.filter((p) => p.expected.set === "held-out").map((p) => p.name));
const namesOf = (set: string) => new Set(pages.filter((p) => p.expected.set === set).map((p) => p.name));
/** The second blind set, read since to tune the rules: held to the goals apart. */
const second = namesOf("held-out-2");
/** The third blind set, read since to tune the rules (importer4, importer5): held to the goals apart too. */
const third = namesOf("held-out-3");
/**
 * The blind sets written while the rules were tuned on every page before them
 * (the fourth from held-out-4 on): scored and printed, never failing the suite.
 */
const reportOnlySets = reportOnlySetsOf(pages.map((p) => p.expected.set)).map(namesOf);
const reportOnly = (name: string) => reportOnlySets.some((names) => names.has(name));
const blindSets = (name: string) => second.has(name) || third.has(name) || reportOnly(name);
/** Pages of the blind sets the importer refused, with its message. */
const refused = new Map<string, string>();
/** Pages of the blind sets whose written file would not validate, with the problems. */
const invalid = new Map<string, string[]>();
const tunedScores = () => [...scores.values()].filter((s) => !heldOut.has(s.name) && !blindSets(s.name));
/** Pages annotated with the announcements an editor records, and what the import wrote for them. */
const announced = new Map<string, PageAnnouncements>();
const announcedIn = (names: Set<string> | undefined) => [...announced].filter(([name]) => (names ? names.has(name) : !heldOut.has(name) && !blindSets(name)));

const GOALS = { clean: 0.9, publisher: 0.8, entities: 0.9 };
/** Issue #30's goals for announcements, checked on the annotated tuning pages; figures: see the test. */
const ANNOUNCEMENT_GOALS = { recall: 0.75, precision: 0.85, status: 0.8, place: 0.85 };

describe("raw-page corpus", () => {
  it("holds at least 50 pages in at least 30 templates, eight of them held out", () => {
    const templates = new Set(pages.map((p) => p.expected.template.split(" (")[0]));
    expect(pages.length).toBeGreaterThanOrEqual(50);
    expect(templates.size).toBeGreaterThanOrEqual(30);
    expect(heldOut.size).toBeGreaterThanOrEqual(8);
  });

  it.each(pages.map((p) => [p.name, p] as const))("%s", (_, page) => {
    const result = importArticle(page.raw, `${page.name}.txt`, registry, { gazetteer, ...(page.expected.url ? { url: page.expected.url } : {}) });
    if (!result.ok && blindSets(page.name)) {
      refused.set(page.name, result.message);
      return;
    }
    expect(result.ok, result.ok ? "" : result.message).toBe(true);
    if (!result.ok) return;
    scores.set(page.name, scorePage(page, result, registry));
    if (page.expected.announcements) announced.set(page.name, pageAnnouncements(page.expected.announcements, result, registry));
    // The file `npm run import` would write validates once its proposals are in the registry: announcements and sites included.
    const check = parseArticle(`${page.name}.md`, toMarkdown(result.frontMatter, result.body), withProposals(registry, result.proposals));
    const problems = check.ok ? [] : check.problems.map(describeProblem);
    if (problems.length && blindSets(page.name)) invalid.set(page.name, problems);
    else expect(problems).toEqual([]);
    // The first page also builds the importer's lazy tables: 32 s at a load of 10 on 2 cores (vitest's limit here is 30 s).
  }, 120_000);

  afterAll(() => {
    const tuned = summarise(tunedScores());
    const held = summarise([...scores.values()].filter((s) => heldOut.has(s.name)));
    const show = !!process.env.CORPUS_SHOW_HELD_OUT;
    const line = (label: string, names?: Set<string>) => announcementLine(label, announcedIn(names).map(([, a]) => a)).line;
    const annMisses = (names?: Set<string>) => announcedIn(names).flatMap(([name, a]) => announcementMisses(name, a));
    console.log(
      [
        table("Pages de réglage", tuned),
        line("Annonces, pages de réglage annotées"),
        "",
        ...tuned.misses,
        ...annMisses(),
        ...tuned.duplicates.map((d) => `proposition en double : ${d}`),
        ...tuned.forbidden.map((f) => `interdit : ${f}`),
        "",
        table("Pages réservées (jamais vues pendant le réglage)", held),
        line("Annonces, pages réservées", heldOut),
        ...(show ? ["", ...held.misses, ...annMisses(heldOut), ...held.duplicates, ...held.forbidden] : []),
        "",
        ...[second, third, ...reportOnlySets.filter((names) => names.size > 0)].flatMap((names, i) => {
          const blind = summarise([...scores.values()].filter((s) => names.has(s.name)));
          const refusedHere = [...refused].filter(([name]) => names.has(name));
          return [
            "",
            table(`Pages réservées, ${i + 2}e série (écrites à l'aveugle ; ${refusedHere.length} refusée(s) à l'import, hors table)`, blind),
            line(`Annonces, ${i + 2}e série`, names),
            `dates fausses : ${blind.falseDates.join(", ") || "aucune"}`,
            ...refusedHere.map(([name, message]) => `refusée : ${name} : ${message}`),
            ...[...invalid].filter(([name]) => names.has(name)).map(([name, problems]) => `fichier écrit invalide : ${name} : ${problems.join(" ; ")}`),
            ...(show ? ["", ...blind.misses, ...annMisses(names), ...blind.duplicates.map((d) => `proposition en double : ${d}`), ...blind.forbidden.map((f) => `interdit : ${f}`)] : []),
          ];
        }),
      ].join("\n"),
    );
  });
});

describe("the issue's goals on the tuned pages", () => {
  // Runs after the table-driven cases above (vitest runs describe blocks in order).
  const tuned = () => summarise(tunedScores());

  it("every page imported (a refusal in a blind set is counted there)", () => expect(scores.size + refused.size).toBe(pages.length));
  it("at least 90 % of pages clean (headline, date, author, every sentence kept, every furniture line removed)", () => {
    const s = tuned();
    expect(s.clean / s.pages).toBeGreaterThanOrEqual(GOALS.clean);
  });
  it("no false date and no lost sentence, held-out pages included (the report-only sets aside)", () => {
    const s = summarise([...scores.values()].filter((p) => !reportOnly(p.name)));
    expect(s.falseDates).toEqual([]);
    expect(s.lostSentences).toBe(0);
  });
  it("the publisher found on at least 80 % of the pages that name it", () => {
    const { hit, total } = tuned().tallies.publisher;
    expect(hit / total).toBeGreaterThanOrEqual(GOALS.publisher);
  });
  it("companies, countries and places with recall and precision of 0.90 at least, no duplicate or forbidden proposal", () => {
    const s = tuned();
    for (const kind of ["companies", "countries", "places"] as const) {
      expect(recall(s.pr[kind]), `${kind} : rappel`).toBeGreaterThanOrEqual(GOALS.entities);
      expect(precision(s.pr[kind]), `${kind} : précision`).toBeGreaterThanOrEqual(GOALS.entities);
    }
    expect(s.duplicates).toEqual([]);
    expect(s.forbidden).toEqual([]);
  });
  // The second and third held-out sets were read to tune the rules (importer2; importer4 and importer5) and are no longer
  // blind: their imports are held to the same goals now that they reach them; their announcements (below issue #30's
  // goals there) are still only reported.
  it.each([
    ["second", second],
    ["third", third],
  ] as const)("the %s held-out set, no longer blind, at the same goals: none refused, 90 %% clean, no false date, no lost sentence, publisher 80 %%, entities 0.90", (_, names) => {
    expect([...refused.keys()].filter((name) => names.has(name))).toEqual([]);
    expect([...invalid.keys()].filter((name) => names.has(name))).toEqual([]);
    const s = summarise([...scores.values()].filter((p) => names.has(p.name)));
    expect(s.clean / s.pages).toBeGreaterThanOrEqual(GOALS.clean);
    expect(s.falseDates).toEqual([]);
    expect(s.lostSentences).toBe(0);
    expect(s.tallies.publisher.hit / s.tallies.publisher.total).toBeGreaterThanOrEqual(GOALS.publisher);
    for (const kind of ["companies", "countries", "places"] as const) {
      expect(recall(s.pr[kind]), `${kind} : rappel`).toBeGreaterThanOrEqual(GOALS.entities);
      expect(precision(s.pr[kind]), `${kind} : précision`).toBeGreaterThanOrEqual(GOALS.entities);
    }
    expect(s.duplicates).toEqual([]);
  });
  it("announcements on the annotated tuning pages: recall 0.75, precision 0.85, status 80 %, place 85 % at least; every evidence verbatim on every page", () => {
    const { score } = announcementLine("", announcedIn(undefined).map(([, a]) => a));
    expect(score.expected).toBeGreaterThanOrEqual(10);
    for (const [key, goal] of Object.entries(ANNOUNCEMENT_GOALS)) expect(score[key as keyof typeof ANNOUNCEMENT_GOALS], key).toBeGreaterThanOrEqual(goal);
    // Amounts and MW (goal 95 %) are reported: one total investment stated two sentences after its campus (17) is missed.
    expect(score.figures).toBeGreaterThanOrEqual(0.85);
    expect(announcementLine("", [...announced.values()]).score.verbatim).toBe(1);
  });
});
