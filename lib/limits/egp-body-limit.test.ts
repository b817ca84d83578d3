import { describe, expect, it } from "vitest";
import { BODY_LIMITS, egpBodyLimit, FILE_LIMITS, FILE_TOO_LARGE } from "./index";

describe("egpBodyLimit", () => {
  it("gives uploads to /v4/beta/files room for the file and its multipart framing", () => {
    for (const path of ["/egp/v4/beta/files", "/v4/beta/files", "/egp/v4/beta/files/"])
      expect(egpBodyLimit("POST", path)).toEqual({
        bytes: FILE_LIMITS.bytes + FILE_LIMITS.multipartOverhead,
        detail: FILE_TOO_LARGE,
      });
  });

  it("keeps the execute cap everywhere else, other file routes included", () => {
    for (const [method, path] of [
      ["PATCH", "/egp/v4/beta/files/abc"],
      ["POST", "/egp/v4/beta/files/abc"],
      ["POST", "/egp/v4/models"],
      ["POST", "/egp/x/v4/beta/files"],
    ])
      expect(egpBodyLimit(method, path)).toEqual({ bytes: BODY_LIMITS.execute });
  });
});
