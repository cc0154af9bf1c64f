import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { archiveOf, buildArchive } from "@/lib/archive";
import { getArticleHtml } from "@/lib/articles";
import { renderWithLimit } from "@/lib/markdown-render";
import { textParagraphsHtml } from "@/lib/markdown-text";

/*
 * Bodies render on a worker thread with a time limit: a body the parser
 * takes seconds on, or overflows its stack on, never stalls the thread that
 * answers requests; a failed render is remembered, never tried again per
 * visitor. The thread loads the parser once per test file (through tsx):
 * generous timeouts.
 */

/** What the parser is slow on, past no bound: a paragraph of thousands of "*a" (quadratic, 10 s at 32 kB). */
const slowBody = "*a".repeat(60_000);

describe("renderWithLimit", () => {
  it("renders Markdown to safe HTML off this thread", { timeout: 60_000 }, async () => {
    expect(await renderWithLimit("Un **mot** et <script>alert(1)</script>.")).toEqual({ ok: true, html: "<p>Un <strong>mot</strong> et .</p>" });
  });

  it("stops a render past its limit, while this thread keeps answering, then renders the next one", { timeout: 60_000 }, async () => {
    await renderWithLimit("échauffement");
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    const started = performance.now();
    const slow = await renderWithLimit(slowBody, 300);
    clearInterval(timer);
    expect(slow).toEqual({ ok: false, reason: "mise en forme trop longue (plus de 0.3 s), arrêtée" });
    expect(performance.now() - started).toBeLessThan(2000);
    // The event loop ran all along: about one tick per 20 ms of the wait.
    expect(ticks).toBeGreaterThan(5);
    expect(await renderWithLimit("Après")).toEqual({ ok: true, html: "<p>Après</p>" });
  });

  it("fails a render that overflows the parser's stack (or outlasts its limit first), without a crash", { timeout: 60_000 }, async () => {
    const result = await renderWithLimit(`${"> ".repeat(40_000)}x`, 2000);
    expect(result.ok).toBe(false);
    expect(await renderWithLimit("Encore")).toEqual({ ok: true, html: "<p>Encore</p>" });
  });
});

describe("getArticleHtml", () => {
  it("renders a body once per version, and remembers a failure: plain paragraphs, never rendered again", { timeout: 60_000 }, async () => {
    const fixture = buildArchive(path.resolve("tests/fixtures/content"));
    const article = { ...fixture.articles[0], body: `Premier **paragraphe**.\n\n${slowBody}` };
    const archive = archiveOf(fixture.dir, fixture.registry, [article]);
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const first = getArticleHtml(article, archive);
    // Every visitor shares the one render.
    expect(getArticleHtml(article, archive)).toBe(first);
    const html = await first;
    expect(html).toBe(textParagraphsHtml(article.body));
    expect(html.startsWith("<p>Premier paragraphe.</p>\n<p>aaaa")).toBe(true);
    expect(errors.mock.calls.map((call) => String(call[0]))).toEqual([
      `Archives du Cloud : ${article.file} › corps : mise en forme trop longue (plus de 5 s), arrêtée ; le texte est servi sans mise en forme.`,
    ]);
    // Asked again, the failure is what it gets: no second render, no second message.
    expect(getArticleHtml(article, archive)).toBe(first);
    expect(errors).toHaveBeenCalledTimes(1);
    errors.mockRestore();
  });
});
