import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalEgp, type LocalEgp } from "../index";

let egp: LocalEgp;
const ADMIN = "local-users-admin-key-0123456789";

beforeAll(async () => {
  egp = await createLocalEgp({ dataDir: "memory://", adminKey: ADMIN, seed: false });
});
afterAll(() => egp.close());

const post = (key: string, body: unknown) =>
  egp.handle(
    new Request("http://local/local/users", {
      method: "POST",
      headers: { "x-api-key": key, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );

describe("POST /local/users", () => {
  it("lets an admin add a viewer whose key works and cannot mutate", async () => {
    const response = await post(ADMIN, { email: "viewer@example.test", role: "viewer" });
    expect(response.status).toBe(200);
    const { api_key: viewerKey, role } = await response.json();
    expect(role).toBe("viewer");
    const info = await egp.handle(
      new Request("http://local/user-info", { headers: { "x-api-key": viewerKey } }),
    );
    expect((await info.json()).access_profiles[0].role).toBe("viewer");
    const forged = await post(viewerKey, { email: "x@example.test", role: "admin" });
    expect(forged.status).toBe(403);
  });

  it("rejects bad input with FastAPI's 422 shape", async () => {
    const response = await post(ADMIN, { email: "not-an-email", role: "root" });
    expect(response.status).toBe(422);
    const { detail } = await response.json();
    expect(detail.map((d: { loc: string[] }) => d.loc.join("."))).toEqual(["body.email", "body.role"]);
  });
});
