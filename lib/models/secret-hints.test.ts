import { describe, expect, it } from "vitest";
import { reenterSecretHints } from "./secret-hints";

const inherited = { BASE_URL: "http://10.0.0.5:8000/v1", MODEL: "m", API_KEY: "********" };

describe("reenterSecretHints", () => {
  it("asks for the stored key again once BASE_URL moves, until the key is typed", () => {
    expect(reenterSecretHints(inherited, { BASE_URL: "http://10.0.0.5:8000/v1/" })).toEqual({});
    expect(reenterSecretHints(inherited, { BASE_URL: "http://other:1/v1" })).toEqual({
      BASE_URL: "Changed: re-enter API_KEY too. A stored API_KEY is not sent to a new URL.",
    });
    expect(
      reenterSecretHints(inherited, { BASE_URL: "http://other:1/v1", API_KEY: "********" }),
    ).toHaveProperty("BASE_URL");
    expect(reenterSecretHints(inherited, { BASE_URL: "http://other:1/v1", API_KEY: "sk-new" })).toEqual({});
  });

  it("says nothing when no secret is stored", () => {
    expect(reenterSecretHints({ BASE_URL: "http://a/v1" }, { BASE_URL: "http://b/v1" })).toEqual({});
  });
});
