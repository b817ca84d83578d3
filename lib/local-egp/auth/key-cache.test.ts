import { describe, expect, test } from "vitest";
import { openTestEgp } from "../testing/open-test-egp";
import { identityChanged, KEY_CACHE_TTL_MS, KeyCache } from "./key-cache";

function counted<T>(value: T | null) {
  const lookup = async () => {
    lookup.calls++;
    return value;
  };
  lookup.calls = 0;
  return lookup;
}

describe("KeyCache", () => {
  test("answers from the cache until KEY_CACHE_TTL_MS has passed on its clock", async () => {
    let now = 0;
    const cache = new KeyCache<string>(() => now);
    const lookup = counted("alice");
    expect(await cache.get("h", lookup)).toBe("alice");
    now = KEY_CACHE_TTL_MS - 1;
    expect(await cache.get("h", lookup)).toBe("alice");
    expect(lookup.calls).toBe(1);
    now = KEY_CACHE_TTL_MS;
    expect(await cache.get("h", lookup)).toBe("alice");
    expect(lookup.calls).toBe(2);
  });

  test("never keeps an unknown or revoked key (null)", async () => {
    const cache = new KeyCache<string>(() => 0);
    const lookup = counted<string>(null);
    expect(await cache.get("h", lookup)).toBeNull();
    expect(await cache.get("h", lookup)).toBeNull();
    expect(lookup.calls).toBe(2);
  });

  test("identityChanged drops what was cached", async () => {
    const cache = new KeyCache<string>(() => 0);
    const lookup = counted("alice");
    await cache.get("h", lookup);
    identityChanged();
    await cache.get("h", lookup);
    expect(lookup.calls).toBe(2);
  });

  test("a lookup that was running when the identity changed is answered but not kept", async () => {
    const cache = new KeyCache<string>(() => 0);
    const stale = async () => {
      identityChanged(); // a revoke commits while this lookup reads the old rows
      return "old role";
    };
    expect(await cache.get("h", stale)).toBe("old role");
    const fresh = counted("new role");
    expect(await cache.get("h", fresh)).toBe("new role");
    expect(fresh.calls).toBe(1);
  });
});

describe("cached key lookups through the server", () => {
  test("a revoked key, a changed role and a removed member are seen on the next request", async () => {
    const egp = await openTestEgp();
    try {
      const created = await egp.users.createUser("cached@local", "viewer");
      const get = (path: string) =>
        egp.handle(new Request(`http://x${path}`, { headers: { "x-api-key": created.apiKey } }));
      const post = () =>
        egp.handle(
          new Request("http://x/v4/model-groups", {
            method: "POST",
            headers: { "x-api-key": created.apiKey, "content-type": "application/json" },
            body: JSON.stringify({ name: "g", account_id: egp.bootstrap.accountId }),
          }),
        );
      expect((await get("/v4/models")).status).toBe(200);
      expect((await post()).status).toBe(403);
      await egp.users.grant("cached@local", "member");
      expect((await post()).status).toBe(200);
      await egp.users.grant("cached@local", "disabled");
      expect((await get("/v4/models")).status).toBe(403);
      await egp.users.grant("cached@local", "viewer");
      expect((await get("/v4/models")).status).toBe(200);
      const [key] = (await egp.users.listUsers()).find((u) => u.email === "cached@local")!.keys;
      await egp.users.revokeKey({ id: key.id });
      expect((await get("/v4/models")).status).toBe(401);
      const gone = await egp.users.createUser("gone@local", "viewer");
      const asGone = () =>
        egp.handle(new Request("http://x/v4/models", { headers: { "x-api-key": gone.apiKey } }));
      expect((await asGone()).status).toBe(200);
      await egp.users.removeUser("gone@local");
      expect((await asGone()).status).toBe(401);
    } finally {
      await egp.close();
    }
  });
});
