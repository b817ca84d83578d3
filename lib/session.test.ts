import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { resetEnv } from "./env";
import { newSession, roleIn, sealSession, unsealSession } from "./session";

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

describe("roleIn", () => {
  const user = { id: "u1", email: "a@b.c", name: null };
  const accounts = [
    { id: "a1", name: "One", role: "member" },
    { id: "a2", name: "Two", role: "disabled" },
  ];

  it("is the sealed role of the selected account, disabled ones included", () => {
    expect(roleIn(newSession({ apiKey: "k", user, accounts, accountId: "a1" }))).toBe("member");
    expect(roleIn(newSession({ apiKey: "k", user, accounts, accountId: "a2" }))).toBe("disabled");
  });

  it("is null, not a viewer, for an account the user has no membership in", () => {
    expect(roleIn(newSession({ apiKey: "k", user, accounts, accountId: "a3" }))).toBeNull();
    expect(roleIn(newSession({ apiKey: "k", user, accounts: [], accountId: "a1" }))).toBeNull();
  });

  it("keeps the selected account among the 30 a session holds", () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ id: `a${i}`, name: `A${i}`, role: "viewer" }));
    many[35] = { ...many[35], role: "admin" };
    const session = newSession({ apiKey: "k", user, accounts: many, accountId: "a35" });
    expect(session.accounts).toHaveLength(30);
    expect(roleIn(session)).toBe("admin");
    expect(newSession({ apiKey: "k", user, accounts: many, accountId: "a2" }).accounts).toEqual(
      many.slice(0, 30),
    );
  });
});
