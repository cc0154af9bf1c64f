import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeRaw, readRaw, MAX_RAW_BYTES } from "@/lib/importer/page/read-raw";

const fixture = (name: string) => path.resolve(process.cwd(), "tests/fixtures/raw", name);

describe("readRaw", () => {
  it("returns the text of a valid UTF-8 file", () => {
    const result = readRaw(fixture("no-date.txt"));
    expect(result.ok && result.text).toContain("Baidu renforce son offre");
  });

  it.each([
    ["empty.txt", "empty", /vide/],
    ["short.txt", "too-short", /trop court \(\d+ caractères, 200 au minimum\)/],
    ["latin1.txt", "encoding", /UTF-8/],
    ["binary.bin", "binary", /binaire/],
    ["absent.txt", "missing", /introuvable/],
  ])("rejects %s as %s with a French message", (name, kind, message) => {
    const result = readRaw(fixture(name));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.kind).toBe(kind);
      expect(result.problem.message).toMatch(message);
    }
  });

  it("rejects a directory", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "raw-dir-"));
    const result = readRaw(dir);
    expect(!result.ok && result.problem.kind).toBe("directory");
  });
});

describe("decodeRaw", () => {
  it("drops a byte-order mark and normalises Windows line endings", () => {
    const text = `\uFEFFTitre de la page\r\n${"Une phrase assez longue pour faire un article. ".repeat(6)}\r\n`;
    const result = decodeRaw(new TextEncoder().encode(text));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.text.startsWith("Titre")).toBe(true);
      expect(result.text).not.toContain("\r");
    }
  });

  it("treats a file of blanks as empty", () => {
    const result = decodeRaw(new TextEncoder().encode("   \n\n  "));
    expect(!result.ok && result.problem.kind).toBe("empty");
  });
});

describe("size limit", () => {
  it("refuses more than 1 Mo before decoding, and accepts 1 Mo", () => {
    const over = decodeRaw(new Uint8Array(MAX_RAW_BYTES + 1).fill(0x61));
    expect(over.ok).toBe(false);
    expect(!over.ok && over.problem).toMatchObject({ kind: "too-big" });
    expect(!over.ok && over.problem.message).toMatch(/trop volumineux \(1 Mo, 1 Mo au plus\)/);
    expect(decodeRaw(new Uint8Array(MAX_RAW_BYTES).fill(0x61)).ok).toBe(true);
  });
});
