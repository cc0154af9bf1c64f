import { describe, expect, it } from "vitest";
import { megabytes } from "@/lib/text/file-size";

describe("megabytes", () => {
  it("writes a size with a French decimal comma and no trailing ,0", () => {
    expect(megabytes(1024 * 1024)).toBe("1 Mo");
    expect(megabytes(1.5 * 1024 * 1024)).toBe("1,5 Mo");
    expect(megabytes(12.4 * 1024 * 1024)).toBe("12 Mo");
  });
});
