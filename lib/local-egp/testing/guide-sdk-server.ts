import { afterAll, beforeAll } from "vitest";
import { guideCall } from "./guide-era-sdk";
import { TEST_ADMIN_KEY, openTestEgp, type TestEgp } from "./open-test-egp";

/** The guide-era SDK's tests: a server, the SDK's calls on it as the admin, and the guide's polling. */

export const PARAMETERS = [
  { name: "model_name", type: "str", description: "The cross-encoder model to load", required: true },
];

type GuideCallArgs = Parameters<typeof guideCall> extends [unknown, unknown, ...infer R] ? R : never;

/** The SDK's wire calls on `egp`, as the admin. */
export const guideSdkOn =
  (egp: TestEgp) =>
  (...args: GuideCallArgs) =>
    guideCall(egp, TEST_ADMIN_KEY, ...args);

/** A server, and the account the SDK's user info names (the admin's). */
export function withGuideSdk() {
  const guide = {
    egp: undefined as unknown as TestEgp,
    accountId: "",
    sdk: (...args: GuideCallArgs) => guideSdkOn(guide.egp)(...args),
    pollUntilSettled,
  };

  /** `while models().get(id).status != "READY"`, bounded; the server's jobs settle between polls. */
  async function pollUntilSettled(modelId: string) {
    let model: { status: string } = { status: "" };
    for (let i = 0; i < 20; i++) {
      model = (await guide.sdk("GET", `/v3/models/${modelId}`, { shape: "Model" })) as { status: string };
      if (model.status === "READY" || model.status === "UPDATE_FAILED") return model;
      await guide.egp.idle();
    }
    return model;
  }

  beforeAll(async () => {
    guide.egp = await openTestEgp();
    const info = (await guide.sdk("GET", "/user-info", { shape: "UserInfo" })) as {
      accounts: { account_id: string }[];
    };
    guide.accountId = info.accounts[0].account_id;
  });
  afterAll(async () => {
    await guide.egp?.close();
  });
  return guide;
}
