import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_NEXT, safeNextPath } from "./safe-next";

const ORIGIN = "https://console.example.com:8443";

/** Where a browser would go with this `next`, as the sign-in page hands it to the router. */
const landing = (next: string) => new URL(safeNextPath(next), ORIGIN);

/** Pieces attackers combine: slashes either way, whitespace browsers drop, schemes, encodings, dot segments. */
const piece = fc.constantFrom(
  "/",
  "\\",
  "//",
  "\t",
  "\n",
  "\r",
  " ",
  "%5C",
  "%5c",
  "%2F",
  "%09",
  "%252F",
  ".",
  "..",
  "@",
  ":",
  "http:",
  "https:",
  "javascript:",
  "evil.example",
  "host",
  "?",
  "#",
  "%",
  "\u0000",
  "\u3002",
  "models",
);
const crafted = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(""));

describe("safeNextPath", () => {
  it.each([
    "//evil.example",
    "/\\evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    " //evil.example",
    "https:evil.example",
    "https://evil.example/models",
    "javascript:alert(1)",
    "/..//evil.example",
    "/.//evil.example",
    "/a/../..//evil.example",
    "",
  ])("keeps %j on the console's origin", (next) => {
    const url = landing(next);
    expect(url.origin).toBe(ORIGIN);
    expect(safeNextPath(next)).not.toMatch(/^\/[/\\]/);
  });

  it("resolves what Next decoded from /%5Chost and /%09/host to the default", () => {
    expect(safeNextPath(decodeURIComponent("/%5Cevil.example"))).toBe(DEFAULT_NEXT);
    expect(safeNextPath(decodeURIComponent("/%09/evil.example"))).toBe(DEFAULT_NEXT);
    // Still encoded (double-encoded in the link): a harmless path on this origin.
    expect(landing("/%5Cevil.example").origin).toBe(ORIGIN);
  });

  it("keeps same-origin paths with their query and fragment", () => {
    expect(safeNextPath("/models/m-1?tab=deployments#top")).toBe("/models/m-1?tab=deployments#top");
    expect(safeNextPath("/playground/d%201")).toBe("/playground/d%201");
    expect(safeNextPath(undefined)).toBe(DEFAULT_NEXT);
    expect(safeNextPath(["/models"])).toBe(DEFAULT_NEXT);
  });

  it("never leaves the origin, whatever the input (property)", () => {
    fc.assert(
      fc.property(fc.oneof(crafted, fc.string({ unit: "grapheme" }), fc.webUrl()), (next) => {
        const path = safeNextPath(next);
        expect(path.startsWith("/")).toBe(true);
        expect(path).not.toMatch(/^\/[/\\]/);
        expect(new URL(path, ORIGIN).origin).toBe(ORIGIN);
        // Idempotent: handing the result back (as a redirect chain would) changes nothing.
        expect(safeNextPath(path)).toBe(path);
      }),
      { numRuns: 2000 },
    );
  });
});
