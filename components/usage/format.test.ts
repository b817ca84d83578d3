import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bucketLabel } from "./format";

const HOUR = 3_600_000;
// Labels are on the reader's clock and in their locale: read here as UTC, in US English.
const tz = process.env.TZ;
beforeEach(() => {
  process.env.TZ = "UTC";
});
afterEach(() => {
  process.env.TZ = tz;
});

/** ICU spaces dates with thin and narrow no-break spaces; the tests compare words. */
const plain = (label: string) => label.replace(/\s/gu, " ");

describe("bucketLabel", () => {
  it("names an hour by its time, a few hours by their span, a day by its date", () => {
    const en = new Intl.DateTimeFormat().resolvedOptions().locale.startsWith("en-US");
    const at = "2026-12-02T00:00:00.000Z";
    const sixHours = bucketLabel(at, 6 * HOUR);
    const day = bucketLabel(at, 24 * HOUR);
    expect(sixHours).not.toBe(bucketLabel(at, 3 * HOUR));
    expect(day).not.toContain("12");
    if (en) {
      expect(plain(sixHours)).toBe("Dec 2, 12 – 6 AM");
      expect(plain(bucketLabel("2026-12-02T18:00:00.000Z", 6 * HOUR))).toBe("Dec 2, 6 PM – Dec 3, 12 AM");
      expect(day).toBe("Dec 2");
      expect(plain(bucketLabel(at, HOUR))).toBe("12:00 AM");
    }
  });
});
