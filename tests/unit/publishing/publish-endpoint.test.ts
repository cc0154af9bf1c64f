import { describe, expect, it } from "vitest";
import { authorizePublication } from "@/lib/publishing/publish-auth";
import { parsePublishRequest } from "@/lib/publishing/publish-request";

describe("who may publish", () => {
  it("answers as if the endpoint did not exist when PUBLISH_TOKEN is unset", () => {
    expect(authorizePublication("Bearer anything", {})).toBe("disabled");
  });
  it("takes PUBLISH_TOKEN as a bearer token, and nothing else", () => {
    const env = { PUBLISH_TOKEN: "s3cret" };
    expect(authorizePublication("Bearer s3cret", env)).toBe("allowed");
    expect(authorizePublication("Bearer s3cre", env)).toBe("unauthorized");
    expect(authorizePublication("s3cret", env)).toBe("unauthorized");
    expect(authorizePublication(null, env)).toBe("unauthorized");
  });
  it("lets the server's own watcher in with its process secret, even without PUBLISH_TOKEN", () => {
    expect(authorizePublication("Bearer interne", { ARCHIVE_INTERNAL_PUBLISH_TOKEN: "interne" })).toBe("allowed");
  });
});

describe("a publication request", () => {
  it("may name files, or nothing for a full comparison", () => {
    expect(parsePublishRequest("")).toEqual({});
    expect(parsePublishRequest('{"files":["articles/x.md"]}')).toEqual({ files: ["articles/x.md"] });
  });
  it("refuses what is not a list of relative paths", () => {
    expect(parsePublishRequest("{")).toHaveProperty("error");
    expect(parsePublishRequest('{"files":"articles/x.md"}')).toHaveProperty("error");
    expect(parsePublishRequest('{"files":["../secret"]}')).toHaveProperty("error");
    expect(parsePublishRequest('{"files":["/etc/passwd"]}')).toHaveProperty("error");
  });
});
