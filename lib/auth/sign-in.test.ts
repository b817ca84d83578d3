import { describe, expect, it } from "vitest";
import { withLocalConsole } from "@/tests/console/session-harness";
import { sessionForKey } from "./sign-in";

const local = withLocalConsole();

describe("sessionForKey and the spec's roles", () => {
  it("signs in a labeler, who reads", async () => {
    const { apiKey } = await local.egp.users.createUser("labeler@sign-in.test", "labeler");
    const session = await sessionForKey(apiKey);
    expect(session.accountId).toBe(local.egp.bootstrap.accountId);
    expect(session.accounts.map((a) => a.role)).toEqual(["labeler"]);
  });

  it("starts in an account where the user has the admin level, a manager's included", async () => {
    const { apiKey } = await local.egp.users.createUser("manager@sign-in.test", "viewer");
    const managed = await local.egp.users.createAccount("Managed");
    await local.egp.users.grant("manager@sign-in.test", "manager", "Managed");
    expect((await sessionForKey(apiKey)).accountId).toBe(managed);
  });

  it("refuses a key whose every seat is level 0", async () => {
    const { apiKey } = await local.egp.users.createUser("invited@sign-in.test", "invited");
    await expect(sessionForKey(apiKey)).rejects.toMatchObject({ status: 403 });
  });
});
