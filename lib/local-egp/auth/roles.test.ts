import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { callJson, openTestEgp, type TestEgp } from "../testing/open-test-egp";
import { ROLES, type Role } from "./roles";

let egp: TestEgp;
const keys = new Map<Role, string>();

beforeAll(async () => {
  egp = await openTestEgp();
  for (const role of ROLES) keys.set(role, (await egp.users.createUser(`${role}@roles.test`, role)).apiKey);
});
afterAll(async () => {
  await egp?.close();
});

// Written out, not derived from lib/roles: what each spec role may do on the embedded server.
const expected: Record<Role, { read: number; member: number; admin: number }> = {
  manager: { read: 200, member: 200, admin: 200 },
  admin: { read: 200, member: 200, admin: 200 },
  editor: { read: 200, member: 200, admin: 403 },
  member: { read: 200, member: 200, admin: 403 },
  labeler: { read: 200, member: 403, admin: 403 },
  viewer: { read: 200, member: 403, admin: 403 },
  disabled: { read: 403, member: 403, admin: 403 },
  invited: { read: 403, member: 403, admin: 403 },
};

describe("every spec role on the embedded server", () => {
  test.each(ROLES.map((role) => [role, expected[role]] as const))(
    "%s: a read, a member action and an admin action",
    async (role, want) => {
      const account = egp.bootstrap.accountId;
      const as = { key: keys.get(role)!, headers: { "x-selected-account-id": account } };
      const read = await callJson(egp, "GET", "/v4/models", as);
      const member = await callJson(egp, "POST", "/v4/model-groups", {
        ...as,
        body: { name: `g-${role}`, account_id: account },
      });
      const admin = await callJson(egp, "GET", "/local/users", as);
      expect([read.status, member.status, admin.status]).toEqual([want.read, want.member, want.admin]);
      if (want.read === 403) {
        const detail = `Your access to account ${account} is ${role}`;
        for (const refused of [read, member, admin]) expect(refused.body).toEqual({ detail });
        return;
      }
      if (want.member === 403) {
        expect(member.body).toEqual({
          detail: `Your role "${role}" may not create model groups; the member role or higher is required`,
        });
      }
      if (want.admin === 403) {
        expect(admin.body).toEqual({
          detail: `Your role "${role}" may not list users; the admin role or higher is required`,
        });
      }
    },
  );
});
