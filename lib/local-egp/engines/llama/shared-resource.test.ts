import { describe, expect, it } from "vitest";
import { createSharedResources } from "./shared-resource";

describe("createSharedResources", () => {
  it("creates once per key and destroys after the last release", async () => {
    const shared = createSharedResources<{ id: number }>();
    let created = 0;
    const destroyed: number[] = [];
    const create = async () => ({ id: ++created });
    const destroy = async (v: { id: number }) => void destroyed.push(v.id);
    const [a, b] = await Promise.all([
      shared.acquire("k", create, destroy),
      shared.acquire("k", create, destroy),
    ]);
    expect(a.value).toBe(b.value);
    expect(created).toBe(1);
    await a.release();
    await a.release(); // a second release of the same handle does nothing
    expect(destroyed).toEqual([]);
    await b.release();
    expect(destroyed).toEqual([1]);
    expect(shared.size()).toBe(0);
    const c = await shared.acquire("k", create, destroy);
    expect(c.value.id).toBe(2);
  });

  it("forgets a failed creation so the next acquire retries", async () => {
    const shared = createSharedResources<string>();
    let attempts = 0;
    const create = async () => {
      if (++attempts === 1) throw new Error("disk busy");
      return "ok";
    };
    await expect(shared.acquire("k", create, async () => undefined)).rejects.toThrow("disk busy");
    expect((await shared.acquire("k", create, async () => undefined)).value).toBe("ok");
  });
});
