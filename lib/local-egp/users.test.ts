import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bootstrap } from "./bootstrap";
import { openDb, type OpenDb } from "./db/open";
import { createApiKey, userWithProfilesByKey } from "./store/identity";
import { userAdmin, type UserAdmin } from "./users";

let store: OpenDb;
let users: UserAdmin;
const NOW = new Date("2026-01-02T03:04:05.000Z");

beforeAll(async () => {
  store = await openDb({ dataDir: "memory://" });
  const info = await bootstrap(store.db, { adminKey: "egp_users_cli_owner_key_0123456789", seed: false });
  users = userAdmin(store.db, { userId: info.adminUserId, accountId: info.accountId });
  await users.createAccount("Team");
});
afterAll(() => store.close());

const works = async (key: string) => (await userWithProfilesByKey(store.db, key)) !== null;

describe("users CLI functions", () => {
  it("create-user says when the user existed, and mints a key either way (owner authority)", async () => {
    const first = await users.createUser("cli-a@example.test", "viewer");
    const again = await users.createUser("cli-a@example.test", "member", "Team");
    expect([first.created, again.created]).toEqual([true, false]);
    expect(again.userId).toBe(first.userId);
    expect(await works(again.apiKey)).toBe(true);
  });

  it("list-users shows role and keys (prefix, dates), never the key", async () => {
    const { apiKey } = await users.createUser("cli-b@example.test", "member", "Team");
    const listed = await users.listUsers("Team");
    const b = listed.find((u) => u.email === "cli-b@example.test")!;
    expect(b).toEqual({
      email: "cli-b@example.test",
      role: "member",
      keys: [
        { id: expect.any(String), prefix: apiKey.slice(0, 10), createdAt: expect.any(Date), revokedAt: null },
      ],
    });
    expect(JSON.stringify(listed)).not.toContain(apiKey);
    await expect(users.listUsers("Nope")).rejects.toThrow('No account named "Nope"');
  });

  it("revoke-key by prefix or id; a shared prefix asks for --id", async () => {
    const { userId, apiKey } = await users.createUser("cli-c@example.test", "viewer");
    const revoked = await users.revokeKey({ prefix: apiKey.slice(0, 10) }, NOW);
    expect(revoked.revokedAt).toEqual(NOW);
    expect(await works(apiKey)).toBe(false);

    const liveKeys = async () =>
      (await users.listUsers())
        .find((u) => u.email === "cli-c@example.test")!
        .keys.filter((k) => !k.revokedAt);
    const twinA = await createApiKey(store.db, userId, "egp_TWINPREFIX_a_0123456789abcdef");
    // Read twin A's id while it is the only live key: keys made in the same instant list in no fixed order.
    const [{ id }] = await liveKeys();
    await createApiKey(store.db, userId, "egp_TWINPREFIX_b_0123456789abcdef");
    await expect(users.revokeKey({ prefix: "egp_TWINPR" })).rejects.toThrow(
      "2 keys start with egp_TWINPR; revoke by --id",
    );
    await users.revokeKey({ id });
    expect(await works(twinA)).toBe(false);
    await expect(users.revokeKey({ id: "nope" })).rejects.toThrow("No API key nope");
  });

  it("remove-user takes one account; the last one also revokes the keys", async () => {
    const { apiKey } = await users.createUser("cli-d@example.test", "viewer");
    await users.grant("cli-d@example.test", "viewer", "Team");
    expect(await users.removeUser("cli-d@example.test", "Team")).toEqual({ keysRevoked: false });
    expect(await works(apiKey)).toBe(true);
    expect(await users.removeUser("cli-d@example.test")).toEqual({ keysRevoked: true });
    expect(await works(apiKey)).toBe(false);
    await expect(users.removeUser("cli-d@example.test")).rejects.toThrow('is not in account "Local"');
  });

  it("a revoked EGP_LOCAL_ADMIN_KEY stays revoked across restarts", async () => {
    const envKey = "egp_users_cli_owner_key_0123456789";
    await users.revokeKey({ prefix: envKey.slice(0, 10) }, NOW);
    const again = await bootstrap(store.db, { adminKey: envKey, seed: false });
    expect(again.adminKey).toBeNull();
    expect(await works(envKey)).toBe(false);
  });

  it("keeps admin@local's seat and every account's last admin", async () => {
    await expect(users.removeUser("admin@local")).rejects.toThrow(/admin@local owns this instance/);
    await expect(users.grant("admin@local", "viewer")).rejects.toThrow(/admin@local owns this instance/);
    const solo = await users.createAccount("Solo");
    expect(solo).toEqual(expect.any(String));
    await users.createUser("cli-e@example.test", "admin", "Solo");
    await expect(users.grant("cli-e@example.test", "member", "Solo")).rejects.toThrow(/last admin/);
    await users.createUser("cli-f@example.test", "admin", "Solo");
    await users.grant("cli-e@example.test", "member", "Solo");
  });
});
