import { describe, expect, test } from "vitest";
import { retryName, retryParameters } from "./retry";
import { SECRET_MASK } from "./secret-hints";

describe("retry", () => {
  test("names count up", () => {
    expect(retryName("chat")).toBe("chat-retry");
    expect(retryName("chat-retry")).toBe("chat-retry-2");
    expect(retryName("chat-retry-9")).toBe("chat-retry-10");
  });

  test("masked secrets are left out and named", () => {
    expect(retryParameters({ MODEL: "m", API_KEY: SECRET_MASK })).toEqual({
      parameters: { MODEL: "m" },
      masked: ["API_KEY"],
    });
    expect(retryParameters(null)).toEqual({ parameters: {}, masked: [] });
  });
});
