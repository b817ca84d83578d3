import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { resetEnv } from "./env";
import { newSession, sealSession, unsealSession } from "./session";

beforeAll(() => {
  process.env.SESSION_SECRET = "unit-test-session-secret-0123456789abcdef";
  resetEnv();
});
afterEach(() => {
  vi.useRealTimers();
});

const data = () =>
  newSession({
    apiKey: "secret-key-value",
    user: { id: "u1", email: "a@b.c", name: null },
    accounts: [{ id: "acc", name: "Acc", role: "admin" }],
    accountId: "acc",
  });

describe("unsealSession", () => {
  it("opens a seal once and answers the same contents from memory afterwards, frozen", async () => {
    const seal = await sealSession(data());
    const first = await unsealSession(seal);
    expect(first?.user.email).toBe("a@b.c");
    const again = await unsealSession(seal);
    expect(again).toBe(first);
    expect(Object.isFrozen(again)).toBe(true);
  });

  it("still refuses tampered, foreign and empty seals", async () => {
    const seal = await sealSession(data());
    await unsealSession(seal);
    const flipped = seal.slice(0, -5) + (seal.at(-5) === "A" ? "B" : "A") + seal.slice(-4);
    expect(await unsealSession(flipped)).toBeNull();
    expect(await unsealSession("Fe26.2*1*garbage")).toBeNull();
    expect(await unsealSession("")).toBeNull();
  });

  it("a remembered session ends when it expires", async () => {
    const session = data();
    const seal = await sealSession(session);
    expect(await unsealSession(seal)).not.toBeNull();
    vi.useFakeTimers({ now: session.expiresAt + 1, toFake: ["Date"] });
    expect(await unsealSession(seal)).toBeNull();
  });
});
