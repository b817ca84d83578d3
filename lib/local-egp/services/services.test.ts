import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Conflict, Forbidden, Invalid, NotFound, RuleViolation } from "../domain/errors";
import { DeploymentRequestSchema, ModelRequestSchema } from "../schemas/resources";
import { modelDeploymentRows } from "../store/deployments";
import { listModels } from "../store/models";
import { TemplateRequestSchema } from "../schemas/templates";
import { openTestEgp, waitForDeployment, type TestEgp } from "../testing/open-test-egp";
import { serviceContext } from "../testing/service-context";
import type { Ctx } from "./context";
import {
  createDeployment,
  deleteDeployment,
  deploymentToChange,
  getDeployment,
  needsRedeploy,
  updateDeployment,
} from "./deployments";
import { createModel, deleteModel, modelToChange, updateModel } from "./models";
import { createTemplate, deleteTemplate } from "./templates";
import { mintKey, setUserRole } from "./users";

// The verbs, called without HTTP: each rule that moved out of the route files, in the domain's errors.
let egp: TestEgp;
let admin: Ctx;
let viewer: Ctx;
let member: Ctx;
let seq = 0;
const name = (prefix: string) => `${prefix}-${++seq}`;

beforeAll(async () => {
  egp = await openTestEgp();
  admin = await serviceContext(egp);
  viewer = await serviceContext(egp, {
    apiKey: (await egp.users.createUser("viewer@svc.test", "viewer")).apiKey,
  });
  member = await serviceContext(egp, {
    apiKey: (await egp.users.createUser("member@svc.test", "member")).apiKey,
  });
});
afterAll(async () => {
  await egp?.close();
});

/** A stub-run embedding template whose schema requires DIM. */
async function template(ctx = admin) {
  return createTemplate(
    ctx,
    TemplateRequestSchema.parse({
      name: name("tpl"),
      endpoint_type: "SYNC",
      model_type: "EMBEDDING",
      vendor_configuration: { bundle_config: { registry: "local", image: "hash-embedding", tag: "1" } },
      model_creation_parameters_schema: {
        parameters: [
          { name: "DIM", type: "int", required: true },
          { name: "NOTE", type: "str" },
        ],
      },
    }),
  );
}

const modelInput = (templateId: string, params: Record<string, unknown> | null = { DIM: 8 }, extra = {}) =>
  ModelRequestSchema.parse({
    name: name("model"),
    model_type: "EMBEDDING",
    model_template_id: templateId,
    model_creation_parameters: params,
    ...extra,
  });

const deploymentInput = (params?: Record<string, unknown>) =>
  DeploymentRequestSchema.parse({ name: name("dep"), model_creation_parameters: params });

describe("parameter layering: one semantics for checks and engine", () => {
  test("a deployment's null for a required key inherits the model's value instead of failing as missing", async () => {
    const tpl = await template();
    const model = await createModel(admin, modelInput(tpl.id as string));
    const deployment = await createDeployment(admin, model.id, deploymentInput({ DIM: null, NOTE: "x" }));
    expect(deployment.status).toBe("UPDATE_PENDING");
    const ready = await waitForDeployment(egp, model.id, deployment.id);
    expect(ready.status).toBe("READY");
  });

  test("a required key set by neither layer is still Invalid, naming the field", async () => {
    const tpl = await template();
    const model = await createModel(admin, modelInput(tpl.id as string, null));
    const refused = createDeployment(admin, model.id, deploymentInput({ DIM: null }));
    await expect(refused).rejects.toBeInstanceOf(Invalid);
    await expect(refused).rejects.toMatchObject({
      detail: [{ loc: ["body", "model_creation_parameters", "DIM"], type: "missing" }],
    });
  });
});

describe("redeploy decision", () => {
  test("only parameters that differ from the stored ones redeploy", () => {
    expect(needsRedeploy({ DIM: 8 }, undefined)).toBe(false);
    expect(needsRedeploy({ DIM: 8 }, { DIM: 8 })).toBe(false);
    expect(needsRedeploy({ DIM: 8 }, { DIM: 16 })).toBe(true);
    expect(needsRedeploy({ DIM: 8 }, null)).toBe(true);
  });

  test("a PATCH that changes only the name keeps the READY engine; new parameters redeploy", async () => {
    const tpl = await template();
    const model = await createModel(admin, modelInput(tpl.id as string));
    const created = await createDeployment(admin, model.id, deploymentInput({ DIM: 4 }));
    await waitForDeployment(egp, model.id, created.id);
    const renamed = await updateDeployment(admin, await deploymentToChange(admin, created.id), {
      name: "renamed",
    });
    expect(renamed.status).toBe("READY");
    const same = await updateDeployment(admin, await deploymentToChange(admin, created.id), {
      model_creation_parameters: { DIM: 4 },
    });
    expect(same.status).toBe("READY");
    const changed = await updateDeployment(admin, await deploymentToChange(admin, created.id), {
      model_creation_parameters: { DIM: 6 },
    });
    expect(changed.status).toBe("UPDATE_PENDING");
    await egp.idle();
    expect((await getDeployment(admin, created.id)).status).toBe("READY");
  });
});

describe("guards and references", () => {
  test("a template in use is a Conflict; unused, it goes", async () => {
    const tpl = await template();
    const model = await createModel(admin, modelInput(tpl.id as string));
    await expect(deleteTemplate(admin, tpl.id as string)).rejects.toBeInstanceOf(Conflict);
    await deleteModel(admin, model.id);
    expect(await deleteTemplate(admin, tpl.id as string)).toBe(1);
  });

  test("a group or template that is not in the account is Invalid on its field", async () => {
    const refused = createModel(admin, modelInput("nope", { DIM: 1 }, { model_group_id: "gone" }));
    await expect(refused).rejects.toMatchObject({
      detail: [
        { loc: ["body", "model_group_id"], msg: "Model group gone not found" },
        { loc: ["body", "model_template_id"], msg: "Model template nope not found" },
      ],
    });
  });

  test("built-in models and their deployments are Forbidden to change; unknown ones are NotFound", async () => {
    const page = { page: 1, limit: 1 };
    const { items } = await listModels(egp.db, egp.bootstrap.accountId, { builtin: true }, [], page);
    await expect(modelToChange(admin, items[0].id)).rejects.toBeInstanceOf(Forbidden);
    await expect(modelToChange(admin, "missing")).rejects.toBeInstanceOf(NotFound);
    const deployments = await modelDeploymentRows(egp.db, items[0].id);
    await expect(deleteDeployment(admin, deployments[0].id)).rejects.toBeInstanceOf(Forbidden);
    await expect(createDeployment(admin, items[0].id, deploymentInput())).rejects.toThrow(
      /Built-in models get their deployments automatically/,
    );
  });
});

describe("levels the verbs check themselves", () => {
  test("creating checks the level in the account the body names (inAccount)", async () => {
    const tpl = await template();
    await expect(createModel(viewer, modelInput(tpl.id as string))).rejects.toThrow(
      'Your role "viewer" may not create models; the member role or higher is required',
    );
    await expect(
      createTemplate(
        member,
        TemplateRequestSchema.parse({
          name: name("tpl"),
          endpoint_type: "SYNC",
          model_type: "EMBEDDING",
          vendor_configuration: { bundle_config: { registry: "local", image: "hash-embedding", tag: "1" } },
        }),
      ),
    ).rejects.toBeInstanceOf(Forbidden);
    const elsewhere = modelInput(tpl.id as string, { DIM: 1 }, { account_id: "another-account" });
    await expect(createModel(admin, elsewhere)).rejects.toThrow(
      "You have no access to account another-account",
    );
  });

  test("a member may mint their own key but not another user's", async () => {
    await expect(mintKey(member, member.caller.user.id)).resolves.toMatchObject({
      api_key: expect.any(String),
    });
    await expect(mintKey(member, viewer.caller.user.id)).rejects.toBeInstanceOf(Forbidden);
  });

  test("membership rules are RuleViolations: the owner keeps the admin seat", async () => {
    await expect(setUserRole(admin, admin.caller.user.id, "viewer")).rejects.toBeInstanceOf(RuleViolation);
  });
});

describe("secrets in parameters", () => {
  test("a mask sent back keeps the stored secret and its setter; a member's own secret is recorded as theirs", async () => {
    const tpl = await createTemplate(
      admin,
      TemplateRequestSchema.parse({
        name: name("tpl"),
        endpoint_type: "SYNC",
        model_type: "EMBEDDING",
        vendor_configuration: { bundle_config: { registry: "local", image: "hash-embedding", tag: "1" } },
        model_creation_parameters_schema: {
          parameters: [
            { name: "API_KEY", type: "str" },
            { name: "NOTE", type: "str" },
          ],
        },
      }),
    );
    const model = await createModel(admin, modelInput(tpl.id as string, { API_KEY: "sk-admin" }));
    expect(model.model_creation_parameters).toEqual({ API_KEY: "********" });
    const row = await modelToChange(member, model.id);
    await updateModel(member, row, { model_creation_parameters: { API_KEY: "********", NOTE: "n" } });
    const kept = await modelToChange(admin, model.id);
    expect(kept.body.model_creation_parameters).toEqual({ API_KEY: "sk-admin", NOTE: "n" });
    expect(kept.body.secret_setters).toMatchObject({ API_KEY: { level: "admin" } });
    await updateModel(member, kept, { model_creation_parameters: { API_KEY: "sk-member" } });
    expect((await modelToChange(admin, model.id)).body.secret_setters).toMatchObject({
      API_KEY: { level: "member", user_id: member.caller.user.id },
    });
  });
});
