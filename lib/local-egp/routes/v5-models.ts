import "server-only";
import { unprocessable } from "../http/errors";
import type { Route } from "../http/router";
import { parseValue, queryEnum, readJson, zodIssuesToDetail } from "../http/validation";
import {
  InferenceModelPatchSchema,
  InferenceModelVendorValues,
  LaunchModelCreateSchema,
  LlmEngineModelCreateSchema,
  type InferenceModelCreate,
} from "../schemas/inference-models";
import { withCaller, type Services } from "../services/context";
import {
  createV5Model,
  deleteV5Model,
  getV5Model,
  listV5Models,
  updateV5Model,
} from "../services/inference-models";
import { json } from "./respond";

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * ModelCreateRequest is a union tagged by `model_vendor`. Without the tag the body's shape picks the
 * member (the spec's oneOf admits either by structure); issues name the member as pydantic's do.
 */
export function parseModelCreate(body: unknown): InferenceModelCreate {
  const tag = isObject(body) ? body.model_vendor : undefined;
  let vendor: "launch" | "llmengine";
  if (tag === "launch" || tag === "llmengine") vendor = tag;
  else if (tag === undefined || tag === null) {
    const config = isObject(body) ? body.vendor_configuration : undefined;
    vendor = isObject(config) && "model" in config && !("model_image" in config) ? "llmengine" : "launch";
  } else
    throw unprocessable([
      {
        loc: ["body"],
        msg: `Input tag '${String(tag)}' found using 'model_vendor' does not match any of the expected tags: 'launch', 'llmengine'`,
        type: "union_tag_invalid",
      },
    ]);
  const schema = vendor === "launch" ? LaunchModelCreateSchema : LlmEngineModelCreateSchema;
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw unprocessable(
    zodIssuesToDetail(result.error, body).map((issue) => ({
      ...issue,
      loc:
        issue.loc[0] === "body" && issue.loc.length > 1 ? ["body", vendor, ...issue.loc.slice(1)] : issue.loc,
    })),
  );
}

function limitOf(query: URLSearchParams): number {
  const raw = query.get("limit");
  if (raw === null || raw === "") return 100;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 1000)
    throw unprocessable([
      { loc: ["query", "limit"], msg: "Input should be an integer between 1 and 1000", type: "int_parsing" },
    ]);
  return value;
}

export function v5ModelRoutes(s: Services): Route[] {
  const base = "/v5/models";
  return [
    {
      method: "GET",
      pattern: base,
      needs: "read",
      handler: async (req) => {
        const q = req.query;
        const vendors = queryEnum(q, "model_vendor", InferenceModelVendorValues);
        return json(
          await listV5Models(withCaller(s, req.auth), {
            name: q.get("name") || undefined,
            modelVendor: vendors[0],
            limit: limitOf(q),
            startingAfter: q.get("starting_after") || undefined,
            endingBefore: q.get("ending_before") || undefined,
          }),
        );
      },
    },
    {
      method: "POST",
      pattern: base,
      needs: "models:write",
      action: "create models",
      handler: async (req) =>
        json(await createV5Model(withCaller(s, req.auth), parseModelCreate(await readJson(req.request)))),
    },
    {
      method: "GET",
      pattern: `${base}/{id}`,
      needs: "read",
      handler: async (req) => json(await getV5Model(withCaller(s, req.auth), req.params.id)),
    },
    {
      method: "PATCH",
      pattern: `${base}/{id}`,
      needs: "models:write",
      action: "modify models",
      handler: async (req) => {
        const patch = parseValue(await readJson(req.request), InferenceModelPatchSchema);
        return json(await updateV5Model(withCaller(s, req.auth), req.params.id, patch));
      },
    },
    {
      method: "DELETE",
      pattern: `${base}/{id}`,
      needs: "models:write",
      action: "delete models",
      handler: async (req) => json(await deleteV5Model(withCaller(s, req.auth), req.params.id)),
    },
  ];
}
