import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { newPage } from "./support";

const article = "/articles/alibaba-va-investir-28-milliards-de-dollars-dans-son-infrastructure-cloud-d-ici-a-2023";
/** The page background's lightness (Chromium computes Tailwind's colours as lab() or oklch()). */
const background = async (page: Page) => {
  const color = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const match = /^(lab|oklch|rgb)\(([\d.]+)/.exec(color);
  if (!match) throw new Error(`unexpected colour ${color}`);
  const lightness = Number(match[2]) * ({ lab: 1, oklch: 100, rgb: 100 / 255 } as Record<string, number>)[match[1]];
  return lightness > 50 ? "light" : "dark";
};
const light = "light";
const dark = "dark";
const themeButton = (page: Page) => page.getByRole("button", { name: /^Thème/ });

/** Records <html>'s classes at the moment <body> is inserted: before any paint of the content. */
async function classesBeforeBody(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __classesAtBody: string }).__classesAtBody);
}
const recordClassesAtBody = () => {
  new MutationObserver((_, observer) => {
    if (document.body) {
      (window as unknown as { __classesAtBody: string }).__classesAtBody = document.documentElement.className;
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

describe("colour scheme", () => {
  it("follows the system without JavaScript", async () => {
    const page = await newPage({ javaScriptEnabled: false, colorScheme: "dark" });
    await page.goto("/");
    expect(await background(page)).toBe(dark);
    const lightPage = await newPage({ javaScriptEnabled: false, colorScheme: "light" });
    await lightPage.goto("/");
    expect(await background(lightPage)).toBe(light);
    // The button would do nothing without JavaScript: it is not shown.
    expect(await themeButton(page).isVisible()).toBe(false);
  });

  it("follows the system with JavaScript while the reader has not chosen", async () => {
    const page = await newPage({ colorScheme: "dark" });
    await page.goto("/");
    expect(await background(page)).toBe(dark);
    expect(await themeButton(page).textContent()).toContain("automatique");
  });

  it("cycles automatique → clair → sombre, keeps the choice and applies it before the first paint", async () => {
    const page = await newPage({ colorScheme: "dark" });
    await page.context().addInitScript(recordClassesAtBody);
    await page.goto(article);
    await themeButton(page).click();
    expect(await themeButton(page).textContent()).toContain("clair");
    expect(await background(page)).toBe(light);
    await themeButton(page).click();
    expect(await themeButton(page).textContent()).toContain("sombre");
    expect(await background(page)).toBe(dark);
    expect(await page.evaluate(() => localStorage.getItem("theme"))).toBe("dark");

    // A light system, a stored "dark": dark from the first paint, no flash of light.
    const other = await page.context().newPage();
    await other.emulateMedia({ colorScheme: "light" });
    await other.goto(article);
    expect(await classesBeforeBody(other)).toContain("dark");
    expect(await background(other)).toBe(dark);
    expect(await themeButton(other).textContent()).toContain("sombre");

    // Back to automatique: the choice is forgotten and the system decides again.
    await themeButton(other).click();
    expect(await themeButton(other).textContent()).toContain("automatique");
    expect(await other.evaluate(() => localStorage.getItem("theme"))).toBeNull();
    expect(await background(other)).toBe(light);
  });

  it("can be changed from the keyboard, with a visible focus", async () => {
    const page = await newPage();
    await page.goto("/");
    await themeButton(page).focus();
    const outline = await themeButton(page).evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Enter");
    expect(await themeButton(page).textContent()).toContain("clair");
  });
});

describe("printing an article", () => {
  it("hides the navigation, search and footer, prints link addresses, stays dark on white", async () => {
    const page = await newPage({ colorScheme: "dark" });
    await page.goto(article);
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    for (const selector of ["body > header", "nav", "body > footer", 'input[type="search"]', "a[href='#contenu']"]) {
      const visible = await page.locator(selector).evaluateAll((els) => els.some((el) => (el as HTMLElement).offsetParent !== null));
      expect(visible, selector).toBe(false);
    }
    expect(await page.getByText("Retour en haut").isVisible()).toBe(false);
    expect(await page.locator("h1").isVisible()).toBe(true);
    const sourceLink = page.locator("article header a[href^='http']").first();
    if (await sourceLink.count()) {
      const after = await sourceLink.evaluate((a) => getComputedStyle(a, "::after").content);
      expect(after).toContain(await sourceLink.getAttribute("href"));
    }
    expect(await background(page)).toBe(light);
  });
});

describe("reading an article", () => {
  it("ends with a link back to the top and uses French spacing", async () => {
    const page = await newPage();
    await page.goto(article);
    const back = page.getByRole("link", { name: /Retour en haut/ });
    expect(await back.getAttribute("href")).toBe("#contenu");
    const text = [await page.locator("h1").innerText(), await page.locator("article .prose").innerText()].join("\n");
    expect(text).not.toMatch(/ [:;!?»]/);
    expect(text).not.toMatch(/« /);
  });
});
