import { afterEach, describe, expect, test } from "vitest";
import { resetEnv } from "@/lib/env";
import { withLocalConsole } from "@/tests/console/session-harness";
import { GET } from "./route";

const ctx = withLocalConsole();

const open = (host: string, token: string) =>
  GET(new Request(`http://${host}/sign-in/link?token=${token}`, { headers: { host } }));

afterEach(() => {
  delete process.env.PUBLIC_URL;
  resetEnv();
});

describe("the one-time sign-in link", () => {
  test.each(["127.0.0.1:3000", "localhost:3000", "192.0.2.2:3000"])(
    "opened on %s, signs in and stays on that host",
    async (host) => {
      const token = await ctx.egp.createSignInToken(ctx.egp.bootstrap.adminUserId);
      const response = await open(host, token);
      expect(response.status).toBe(303);
      // Relative: the browser resolves it against the host the cookie was just set on.
      expect(response.headers.get("location")).toBe("/models");
      expect(response.headers.get("set-cookie")).toMatch(/^egp_session=.+HttpOnly/);
    },
  );

  test("works once; a second use says so", async () => {
    const token = await ctx.egp.createSignInToken(ctx.egp.bootstrap.adminUserId);
    await open("127.0.0.1:3000", token);
    const again = await open("127.0.0.1:3000", token);
    expect(again.headers.get("location")).toBe("/sign-in?error=link-used");
    expect(again.headers.get("set-cookie")).toBeNull();
  });

  test("with PUBLIC_URL, another host is sent to the public origin with the token unspent", async () => {
    process.env.PUBLIC_URL = "http://console.example:8080";
    resetEnv();
    const token = await ctx.egp.createSignInToken(ctx.egp.bootstrap.adminUserId);
    const elsewhere = await open("127.0.0.1:8080", token);
    expect(elsewhere.headers.get("location")).toBe(`http://console.example:8080/sign-in/link?token=${token}`);
    expect(elsewhere.headers.get("set-cookie")).toBeNull();
    const there = await open("console.example:8080", token);
    expect(there.headers.get("location")).toBe("/models");
    expect(there.headers.get("set-cookie")).toMatch(/^egp_session=/);
  });

  test("a malformed token goes to sign-in saying the link is not valid", async () => {
    const response = await open("localhost:3000", "short");
    expect(response.headers.get("location")).toBe("/sign-in?error=link-invalid");
  });
});
