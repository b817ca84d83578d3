import { expect } from "vitest";

/**
 * Any answer below 500. An error must say what is wrong in words: the embedded server in
 * FastAPI's `{detail}` shape, the console in our `{error: {code, message}}` envelope.
 */
export async function expectReadableClientError(response: Response, shape: "egp" | "console") {
  const text = await response.text();
  const context = `${response.status} ${text.slice(0, 300)}`;
  expect(response.status, context).toBeLessThan(500);
  if (response.status < 400) return;
  const body = JSON.parse(text) as Record<string, unknown>;
  if (shape === "egp") {
    const detail = body.detail;
    if (typeof detail === "string") expect(detail.trim().length, context).toBeGreaterThan(0);
    else {
      expect(Array.isArray(detail), context).toBe(true);
      for (const issue of detail as { msg: unknown; loc: unknown }[]) {
        expect(typeof issue.msg, context).toBe("string");
        expect(Array.isArray(issue.loc), context).toBe(true);
      }
    }
  } else {
    const error = body.error as { code?: unknown; message?: unknown };
    expect(typeof error?.code, context).toBe("string");
    expect(typeof error?.message === "string" && error.message.length > 0, context).toBe(true);
  }
  expect(text, context).not.toMatch(/\bat .+\.(ts|js):\d+/);
}
