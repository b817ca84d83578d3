import { afterEach, describe, expect, it } from "vitest";
import { resetEnv } from "../env";
import { checkOrigin, consoleOrigin } from "./origin";

function withEnv(vars: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(vars)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnv();
}

afterEach(() => withEnv({ PUBLIC_URL: undefined, TRUST_PROXY: undefined }));

function post(headers: Record<string, string>) {
  return new Request("http://localhost:3000/api/groups", { method: "POST", headers });
}

const allowed = (headers: Record<string, string>) => {
  try {
    checkOrigin(post(headers));
    return true;
  } catch {
    return false;
  }
};

describe("checkOrigin without PUBLIC_URL: the request's own origin", () => {
  it("accepts the same scheme, host and port", () => {
    expect(allowed({ host: "console.test:8080", origin: "http://console.test:8080" })).toBe(true);
    expect(allowed({ host: "console.test", origin: "http://console.test:80" })).toBe(true);
    expect(allowed({ host: "console.test", referer: "http://console.test/groups?x=1" })).toBe(true);
  });

  it.each([
    ["another port", { host: "console.test:8080", origin: "http://console.test:9090" }],
    ["another scheme", { host: "console.test", origin: "https://console.test" }],
    ["a sibling host", { host: "console.test", origin: "http://evil.console.test" }],
    ["an opaque origin", { host: "console.test", origin: "null" }],
    ["no Origin or Referer", { host: "console.test" }],
  ])("rejects %s", (_, headers) => {
    expect(allowed(headers)).toBe(false);
  });

  it("ignores X-Forwarded-Host and X-Forwarded-Proto a client sends", () => {
    const forged = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
    expect(allowed({ host: "console.test", origin: "https://evil.example", ...forged })).toBe(false);
    expect(allowed({ host: "console.test", origin: "http://console.test", ...forged })).toBe(true);
    expect(consoleOrigin(post({ host: "console.test", ...forged }))).toBe("http://console.test");
  });

  it("lets GETs through (they change nothing)", () => {
    expect(() =>
      checkOrigin(new Request("http://x/api/models", { headers: { origin: "https://evil.example" } })),
    ).not.toThrow();
  });
});

describe("checkOrigin with PUBLIC_URL", () => {
  it("compares scheme, host and port with it, whatever the Host header says", () => {
    withEnv({ PUBLIC_URL: "https://console.example.com" });
    expect(allowed({ host: "10.0.0.5:3000", origin: "https://console.example.com" })).toBe(true);
    expect(allowed({ host: "10.0.0.5:3000", origin: "https://console.example.com:443" })).toBe(true);
    expect(allowed({ host: "console.example.com", origin: "http://console.example.com" })).toBe(false);
    expect(allowed({ host: "console.example.com", origin: "https://console.example.com:8443" })).toBe(false);
    expect(allowed({ host: "evil.example", origin: "https://evil.example" })).toBe(false);
  });
});

describe("checkOrigin with TRUST_PROXY=1", () => {
  it("believes the proxy's first X-Forwarded-Proto and X-Forwarded-Host", () => {
    withEnv({ TRUST_PROXY: "1" });
    const proxied = {
      host: "127.0.0.1:3000",
      "x-forwarded-host": "console.example.com, inner.local",
      "x-forwarded-proto": "https,http",
    };
    expect(allowed({ ...proxied, origin: "https://console.example.com" })).toBe(true);
    expect(allowed({ ...proxied, origin: "http://console.example.com" })).toBe(false);
    expect(allowed({ ...proxied, origin: "http://127.0.0.1:3000" })).toBe(false);
    expect(
      allowed({ ...proxied, "x-forwarded-proto": "javascript", origin: "https://console.example.com" }),
    ).toBe(false);
  });

  it("rejects an env value it does not understand", () => {
    withEnv({ TRUST_PROXY: "yes" });
    expect(() => consoleOrigin(post({ host: "a" }))).toThrow();
  });
});
