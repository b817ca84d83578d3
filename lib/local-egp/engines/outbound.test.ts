import { describe, expect, it } from "vitest";
import { endpointOf, hostAllowed, parseAllowedHosts, templateAllowList } from "./outbound";

const allowed = (list: string, url: string) => {
  const endpoint = endpointOf(url);
  return endpoint !== null && hostAllowed(parseAllowedHosts(list), endpoint);
};

describe("EGP_ENGINE_ALLOWED_HOSTS", () => {
  it("matches host (any port), host:port, *.domain and *", () => {
    expect(allowed("127.0.0.1", "http://127.0.0.1:11434/v1")).toBe(true);
    expect(allowed("127.0.0.1:8080", "http://127.0.0.1:11434/v1")).toBe(false);
    expect(allowed("api.example.com:443", "https://API.example.com./v1")).toBe(true);
    expect(allowed("api.example.com", "http://api.example.com.evil.test/v1")).toBe(false);
    expect(allowed("*.example.com", "https://a.b.example.com/v1")).toBe(true);
    expect(allowed("*.example.com", "https://example.com/v1")).toBe(false);
    expect(allowed("*.example.com", "https://badexample.com/v1")).toBe(false);
    expect(allowed("[::1]:8080", "http://[::1]:8080/v1")).toBe(true);
    expect(allowed("*", "http://anything:1/v1")).toBe(true);
    expect(allowed("", "http://127.0.0.1/v1")).toBe(false);
  });

  it("judges the host fetch will connect to, not what the text looks like", () => {
    expect(allowed("127.0.0.1", "http://0x7f.1/v1")).toBe(true);
    expect(allowed("api.example.com", "http://api.example.com@127.0.0.1/v1")).toBe(false);
    expect(allowed("api.example.com", "http://127.0.0.1\\@api.example.com/v1")).toBe(false);
    expect(endpointOf("file:///etc/passwd")).toBeNull();
  });

  it("refuses a malformed entry by name instead of guessing", () => {
    expect(() => parseAllowedHosts("127.0.0.1, http://x.test/v1")).toThrow(
      'EGP_ENGINE_ALLOWED_HOSTS: "http://x.test/v1" is not a host[:port] pattern',
    );
  });

  it("adds the exact host:port of the template's own BASE_URL", () => {
    const list = templateAllowList("openai-compatible", { base_url: "http://10.0.0.5:8000/v1" }, []);
    expect(hostAllowed(list, endpointOf("http://10.0.0.5:8000/x")!)).toBe(true);
    expect(hostAllowed(list, endpointOf("http://10.0.0.5:8001/x")!)).toBe(false);
    expect(templateAllowList("llama-cpp", { BASE_URL: "http://10.0.0.5/v1" }, [])).toEqual([]);
  });
});
