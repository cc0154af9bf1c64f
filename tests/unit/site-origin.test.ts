import { describe, expect, it } from "vitest";
import { resolveSiteOrigin, siteOriginWarnings } from "@/lib/site/site";

describe("resolveSiteOrigin", () => {
  it("takes SITE_URL's origin, without a trailing slash", () => {
    expect(resolveSiteOrigin("https://archives.example/")).toEqual({ url: "https://archives.example", configured: true });
    expect(resolveSiteOrigin("http://127.0.0.1:4321")).toEqual({ url: "http://127.0.0.1:4321", configured: true });
  });

  it("falls back to localhost:3000, said to be unconfigured", () => {
    expect(resolveSiteOrigin(undefined)).toEqual({ url: "http://localhost:3000", configured: false });
    expect(resolveSiteOrigin("")).toEqual({ url: "http://localhost:3000", configured: false });
  });

  it("refuses what is not an http(s) origin, naming SITE_URL", () => {
    expect(() => resolveSiteOrigin("archives.example")).toThrow(/SITE_URL invalide/);
    expect(() => resolveSiteOrigin("ftp://archives.example")).toThrow(/SITE_URL invalide/);
    expect(() => resolveSiteOrigin("https://archives.example/sous-dossier")).toThrow(/sans chemin/);
  });
});

describe("siteOriginWarnings", () => {
  const configured = { url: "https://archives.example", configured: true };
  const fallback = { url: "http://localhost:3000", configured: false };

  it("warns a production build made without SITE_URL", () => {
    const [warning] = siteOriginWarnings({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }, fallback);
    expect(warning).toMatch(/SITE_URL n'est pas défini pour ce build.*http:\/\/localhost:3000/);
    expect(siteOriginWarnings({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build", SITE_URL: "https://archives.example" }, configured)).toEqual([]);
  });

  it("warns a production server started without SITE_URL, naming the origin its pages use", () => {
    expect(siteOriginWarnings({ NODE_ENV: "production" }, fallback)[0]).toMatch(/SITE_URL n'est pas défini.*http:\/\/localhost:3000/);
    expect(siteOriginWarnings({ NODE_ENV: "production" }, configured)[0]).toMatch(/https:\/\/archives\.example, l'origine fixée au build/);
  });

  it("warns when the server's SITE_URL is not the build's", () => {
    expect(siteOriginWarnings({ NODE_ENV: "production", SITE_URL: "https://autre.example" }, configured)[0]).toMatch(/diffère.*Reconstruire avec SITE_URL=https:\/\/autre\.example/);
    expect(siteOriginWarnings({ NODE_ENV: "production", SITE_URL: "https://archives.example/" }, configured)).toEqual([]);
  });

  it("says nothing in development", () => {
    expect(siteOriginWarnings({ NODE_ENV: "development" }, fallback)).toEqual([]);
  });
});
