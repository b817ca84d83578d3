import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { egpApi, uniqueName } from "../fixtures";
import { expectAccessible } from "./accessible";

/** The playground page: pick a deployment, run, read results. */
export class PlaygroundPage {
  constructor(readonly page: Page) {}

  /** Opens the landing view and follows the card of a READY deployment. */
  async open(cardName: string | RegExp) {
    await this.page.goto("/playground");
    await this.page.getByRole("link", { name: cardName }).first().click();
    await expect(this.page).toHaveURL(/[?&]deployment=/);
  }

  /** Opens a deployment directly by URL, as a shared link would. */
  async openDeployment(modelId: string, deploymentId: string) {
    await this.page.goto(`/playground?deployment=${deploymentId}&model=${modelId}`);
  }

  run(label: string | RegExp) {
    return this.page.getByRole("button", { name: label }).click();
  }

  result(name: string | RegExp) {
    return this.page.getByRole("region", { name: typeof name === "string" ? `Result from ${name}` : name });
  }

  expectAccessible() {
    return expectAccessible(this.page);
  }
}

/** The tiny random-weight GGUF (its text is meaningless), written once per machine by the engines' script. */
export function ggufFixture(): string {
  const dir = path.join(tmpdir(), "egp-e2e-fixtures");
  const file = path.join(dir, "tiny-llama.gguf");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    execFileSync("npx", ["tsx", "scripts/make-gguf-fixture.ts", file], { stdio: "pipe" });
  }
  return file;
}

export type CreatedTarget = { modelId: string; deploymentId: string; name: string };

/** A model from a seeded local template (by engine image), with a deployment that is READY. */
export async function createTarget(
  request: APIRequestContext,
  {
    type,
    image,
    params,
    name: given,
  }: { type: string; image: string; params: Record<string, string>; name?: string },
): Promise<CreatedTarget> {
  const egp = egpApi(request);
  const templates = (await (await egp.get("/v4/model-templates?limit=100")).json()).items as {
    id: string;
    model_type: string;
    vendor_configuration: { bundle_config: { image: string } };
  }[];
  const template = templates.find(
    (t) => t.model_type === type && t.vendor_configuration.bundle_config.image === image,
  );
  expect(template, `a seeded ${image} ${type} template`).toBeTruthy();
  const user = await (await egp.get("/user-info")).json();
  const name = given ?? uniqueName(`pg-${type.toLowerCase()}`);
  const model = await egp.post("/v4/models", {
    name,
    model_type: type,
    model_template_id: template!.id,
    model_creation_parameters: params,
    account_id: user.access_profiles[0].account.id,
  });
  expect(model.status(), await model.text()).toBe(200);
  const modelId = (await model.json()).id as string;
  const deployment = await egp.post(`/v4/models/${modelId}/deployments`, { name: `${name}-dep` });
  expect(deployment.status(), await deployment.text()).toBe(200);
  const deploymentId = (await deployment.json()).id as string;
  await expect
    .poll(
      async () => (await (await egp.get(`/v4/models/${modelId}/deployments/${deploymentId}`)).json()).status,
      {
        timeout: 60_000,
      },
    )
    .toBe("READY");
  return { modelId, deploymentId, name };
}

/** A llama.cpp model on the GGUF fixture. */
export function createGgufTarget(request: APIRequestContext, type: "COMPLETION" | "CHAT_COMPLETION") {
  return createTarget(request, { type, image: "llama-cpp", params: { MODEL_PATH: ggufFixture() } });
}
