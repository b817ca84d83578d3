import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { EngineSpec } from "../engines/types";
import { modelStatus } from "../services/models";
import { GuideSdkError, modelCreateBody, templateCreateBody } from "../testing/guide-era-sdk";
import { PARAMETERS, guideSdkOn, withGuideSdk } from "../testing/guide-sdk-server";
import { callJson, openTestEgp, type TestEgp } from "../testing/open-test-egp";
import { specErrors } from "../testing/spec-validator";
import { stubEngine } from "../testing/stub-engines";

/** The guide era's edges: v3 model creation without a type, the v3 template list, a slow deployment. */

const guide = withGuideSdk();
const { sdk } = guide;

describe("guide-era edges of POST /v3/models and the v3 template list", () => {
  test("a model's status is its best deployment's", () => {
    const of = (...statuses: string[]) => modelStatus(statuses.map((status) => ({ status }) as never));
    expect(of()).toBe("NOT_DEPLOYED");
    expect(of("UPDATE_FAILED", "READY")).toBe("READY");
    expect(of("UPDATE_FAILED", "UPDATE_PENDING")).toBe("UPDATE_PENDING");
    expect(of("UPDATE_PENDING", "UPDATE_IN_PROGRESS")).toBe("UPDATE_IN_PROGRESS");
    expect(of("DELETE_IN_PROGRESS", "UPDATE_FAILED")).toBe("UPDATE_FAILED");
  });

  test("without model_type and without a template: 422 missing, with loc body.model_type", async () => {
    const res = await callJson(guide.egp, "POST", "/v3/models", {
      body: { name: "no-type", model_template_id: null, account_id: guide.accountId },
    });
    expect(res.status).toBe(422);
    expect(res.body.detail).toEqual([
      expect.objectContaining({ loc: ["body", "model_type"], type: "missing" }),
    ]);
    expect(specErrors("HTTPValidationError", res.body)).toEqual([]);
  });

  test("v4 still requires model_type; a v3 model without creation parameters is not deployed", async () => {
    const template = (await callJson(guide.egp, "GET", "/v4/model-templates?name=Local%20embedding")).body
      .items[0];
    const v4 = await callJson(guide.egp, "POST", "/v4/models", {
      body: { name: "v4-no-type", model_template_id: template.id, account_id: guide.accountId },
    });
    expect(v4.status).toBe(422);
    const v3 = await callJson(guide.egp, "POST", "/v3/models", {
      body: {
        name: "v3-plain",
        model_type: "EMBEDDING",
        model_template_id: template.id,
        account_id: guide.accountId,
      },
    });
    expect(v3.status).toBe(200);
    expect(v3.body).toMatchObject({ deployment_count: 0, status: "NOT_DEPLOYED" });
    // v4 bodies stay as they were: no status.
    const got = await callJson(guide.egp, "GET", `/v4/models/${v3.body.id}`);
    expect(got.body.status).toBeUndefined();
    expect(specErrors("ModelInstanceResponseWithViews", got.body)).toEqual([]);
  });

  test("a GENERIC template stays out of the v3 list unless model_type asks for it; v4 lists it", async () => {
    const generic = await callJson(guide.egp, "POST", "/v4/model-templates", {
      body: templateCreateBody({
        name: "generic-template",
        modelType: "GENERIC",
        registry: "local",
        image: "hash-embedding",
        tag: "1",
        parameters: [],
        accountId: guide.accountId,
      }),
    });
    expect(generic.status).toBe(200);
    const v3 = (await sdk("GET", "/v3/model-templates", { shape: "ModelTemplate", array: true })) as {
      id: string;
    }[];
    expect(v3.map((t) => t.id)).not.toContain(generic.body.id);
    const asked = await callJson(guide.egp, "GET", "/v3/model-templates?model_type=GENERIC");
    expect(asked.body.map((t: { id: string }) => t.id)).toEqual([generic.body.id]);
    const v4 = await callJson(guide.egp, "GET", "/v4/model-templates?limit=100");
    expect(v4.body.items.map((t: { id: string }) => t.id)).toContain(generic.body.id);
  });
});

describe("a model whose deployment is still starting", () => {
  let gated: TestEgp;
  let open = () => undefined as void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  beforeAll(async () => {
    gated = await openTestEgp({
      loadEngine: async (spec: EngineSpec) => {
        if (spec.image === "hybrid-rerank") await gate;
        return stubEngine(spec);
      },
    });
  });
  afterAll(async () => {
    open();
    await gated?.close();
  });

  test("reports its deployment's status, and execute answers 409 'not READY yet' until it is READY", async () => {
    const call = guideSdkOn(gated);
    const template = (await call("POST", "/v3/model-templates", {
      body: templateCreateBody({
        name: "slow",
        modelType: "RERANKING",
        registry: "local",
        image: "hybrid-rerank",
        tag: "1",
        parameters: PARAMETERS,
        accountId: gated.bootstrap.accountId,
      }),
    })) as { id: string };
    const model = (await call("POST", "/v3/models", {
      body: modelCreateBody({
        name: "slow",
        templateId: template.id,
        parameters: { model_name: "x" },
        accountId: gated.bootstrap.accountId,
      }),
      shape: "Model",
    })) as { id: string; status: string };
    expect(["UPDATE_PENDING", "UPDATE_IN_PROGRESS"]).toContain(model.status);
    const early = await call("POST", `/v3/models/${model.id}/execute`, {
      body: { model_request_parameters: null, query: "q", chunks: ["q"] },
    }).catch((e: unknown) => e);
    expect(early).toBeInstanceOf(GuideSdkError);
    expect((early as GuideSdkError).status).toBe(409);
    expect((early as GuideSdkError).detail).toMatch(/is not READY yet: its deployment "slow" is UPDATE_/);

    open();
    await gated.idle();
    const ready = (await call("GET", `/v3/models/${model.id}`, { shape: "Model" })) as { status: string };
    expect(ready.status).toBe("READY");
    await call("POST", `/v3/models/${model.id}/execute`, {
      body: { model_request_parameters: null, query: "q", chunks: ["q"] },
      shape: "RerankingResponse",
    });
  });
});
