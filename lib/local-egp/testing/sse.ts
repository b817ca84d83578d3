import { expect } from "vitest";

/** The `data:` frames of an SSE answer, which ends by closing (no [DONE]). */
export async function sseFrames(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/event-stream");
  const text = await res.text();
  expect(text).not.toContain("[DONE]");
  expect(text).not.toContain("event: error");
  return text
    .split("\n\n")
    .filter(Boolean)
    .map((frame) => {
      expect(frame.startsWith("data: ")).toBe(true);
      return JSON.parse(frame.slice(6));
    });
}
