import { afterAll, inject } from "vitest";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

/** Debian's Chromium; CHROMIUM_PATH overrides it. */
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

export const baseUrl: string = inject("baseUrl");
/** The site built from tests/fixtures/xss-content (see global-setup.ts). */
export const xssBaseUrl: string = inject("xssBaseUrl");

let browser: Promise<Browser> | undefined;
const contexts: BrowserContext[] = [];

/** A fresh page in its own context, on the built site; the browser starts once per test file. */
export async function newPage(
  options: { javaScriptEnabled?: boolean; colorScheme?: "light" | "dark"; width?: number; site?: string } = {},
): Promise<Page> {
  browser ??= chromium.launch({ executablePath, args });
  const context = await (await browser).newContext({
    baseURL: options.site ?? baseUrl,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    colorScheme: options.colorScheme ?? "light",
    viewport: { width: options.width ?? 1280, height: 900 },
    locale: "fr-FR",
  });
  contexts.push(context);
  return context.newPage();
}

afterAll(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
  if (browser) await (await browser).close();
  browser = undefined;
});
