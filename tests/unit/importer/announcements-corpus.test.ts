import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadRegistry } from "@/lib/content/load-registry";
import { proposeAnnouncements } from "@/lib/importer/announcements/announcements";
import { type Fixture, inputFor, loadCorpus, matchArticle, type Score, scoreCorpus } from "./announcement-corpus";

const registry = loadRegistry(path.resolve(process.cwd(), "content"));

function run(fixtures: Fixture[]) {
  return fixtures.map((f) => {
    const input = inputFor(f, registry);
    const result = proposeAnnouncements(input);
    return { name: f.name, body: input.body, expected: f.expected, proposals: result.announcements, notes: result.notes, why: result.why };
  });
}

const percent = (x: number) => `${Math.round(x * 1000) / 10} %`;
const line = (label: string, s: Score) =>
  `${label} : rappel ${s.recall.toFixed(2)} (${s.pairs.length}/${s.expected}), précision ${s.precision.toFixed(2)} (${s.pairs.length}/${s.proposed}), ` +
  `statut ${percent(s.status)}, lieu ${percent(s.place)}, montants et MW exacts ${percent(s.figures)} (${s.figureCount}), preuves verbatim ${percent(s.verbatim)}`;

/** Goals of issue 30 for extraction: what the tuning set must reach; the held-out set is only reported. */
const GOALS = { recall: 0.75, precision: 0.85, status: 0.8, place: 0.85, figures: 0.95, verbatim: 1 };

describe("announcement extraction on the hand-written corpus", () => {
  it("reaches the goals on the tuning set", () => {
    const articles = run(loadCorpus("tuning"));
    if (process.env.ANNOUNCEMENTS_VERBOSE) {
      for (const a of articles) console.log(`\n## ${a.name}\n${JSON.stringify(a.proposals.map((p, i) => ({ ...p, why: a.why[i] })), null, 1)}\n${a.notes.join("\n")}`);
    }
    const score = scoreCorpus(articles);
    console.log(line("réglage", score));
    if (process.env.ANNOUNCEMENTS_VERBOSE) console.log(JSON.stringify({ missed: score.missed, extra: score.extra, wrong: score.pairs.filter((p) => p.expected.status !== p.proposal.status || p.expected.place !== p.proposal.place || JSON.stringify(p.expected.amount) !== JSON.stringify(p.proposal.amount) || p.expected.mw !== p.proposal.mw) }, null, 1));
    for (const [key, goal] of Object.entries(GOALS)) expect({ [key]: score[key as keyof typeof GOALS] }).toEqual({ [key]: expect.toSatisfy((x: number) => x >= goal) });
  });

  /*
   * Only reported, as the issue asks. held-out/ was written with the tuning set and scored once after
   * tuning (recall 0.93, precision 0.83, status 96 %, place 100 %, figures 73.7 %); mends followed, so
   * it is no longer blind. held-out-2/ was written before those mends and is.
   */
  it.each(["held-out", "held-out-2", "held-out-3", "held-out-4"] as const)("reports the %s scores, every evidence verbatim", (set) => {
    const articles = run(loadCorpus(set));
    if (process.env.ANNOUNCEMENTS_VERBOSE) {
      for (const a of articles) console.log(`\n## ${a.name}\n${JSON.stringify(a.proposals.map((p, i) => ({ ...p, why: a.why[i] })), null, 1)}\n${a.notes.join("\n")}`);
    }
    const score = scoreCorpus(articles);
    console.log(line(set, score));
    if (process.env.ANNOUNCEMENTS_VERBOSE) console.log(JSON.stringify({ missed: score.missed, extra: score.extra, wrong: score.pairs.filter((p) => p.expected.status !== p.proposal.status || p.expected.place !== p.proposal.place || JSON.stringify(p.expected.amount) !== JSON.stringify(p.proposal.amount) || p.expected.mw !== p.proposal.mw) }, null, 1));
    expect(score.verbatim).toBe(1);
    expect(score.expected).toBeGreaterThanOrEqual(8);
  });

  it("matches an announcement by no company only to a proposal by no company, in the same country", () => {
    const none = { by: [], kind: "datacenter", status: "operational", country: "france" } as const;
    const firm = { ...none, by: ["equinix"] };
    const proposal = (p: typeof none | typeof firm) => ({ ...p, by: [...p.by], evidence: "…" });
    expect(matchArticle([{ ...none, by: [] }], [proposal(none)]).pairs).toHaveLength(1);
    expect(matchArticle([{ ...none, by: [] }], [proposal(firm)]).pairs).toHaveLength(0);
    expect(matchArticle([{ ...firm }], [proposal(none)]).pairs).toHaveLength(0);
    expect(matchArticle([{ ...none, by: [] }], [{ ...proposal(none), country: "belgique" }]).pairs).toHaveLength(0);
  });
});
