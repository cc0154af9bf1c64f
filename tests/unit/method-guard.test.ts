import { describe, expect, it } from "vitest";
import { refusal } from "@/lib/server/method-guard";

describe("what is refused before Next sees it", () => {
  it("lets GET and HEAD through everywhere", () => {
    for (const method of ["GET", "HEAD"]) {
      for (const url of ["/", "/favicon.ico", "/sources/x.txt", "/api/search?q=cloud", "/api/publish"]) expect(refusal(method, url)).toBeUndefined();
    }
  });

  it("lets POST through on the publication endpoint only", () => {
    expect(refusal("POST", "/api/publish")).toBeUndefined();
    expect(refusal("POST", "/api/publish?x=1")).toBeUndefined();
    expect(refusal("POST", "/")).toEqual({ status: 405, allow: "GET, HEAD" });
    expect(refusal("PUT", "/api/publish")).toEqual({ status: 405, allow: "POST" });
  });

  it.each(["OPTIONS", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND"])("answers %s with a 405 on static files, pages and raw texts", (method) => {
    for (const url of ["/favicon.ico", "/manifest.webmanifest", "/", "/sources/x.txt", "/_next/static/chunks/a.js"]) {
      expect(refusal(method, url)).toEqual({ status: 405, allow: "GET, HEAD" });
    }
  });

  it("answers a target that is not a path with a 400", () => {
    expect(refusal("GET", "*")).toEqual({ status: 400 });
    expect(refusal("OPTIONS", "*")).toEqual({ status: 400 });
    expect(refusal("GET", "http://evil.example/")).toEqual({ status: 400 });
  });
});
