import { describe, expect, it } from "vitest";
import { LEVEL_RANK } from "../auth/roles";
import { TemplateVendorConfigurationSchema } from "../schemas/templates";
import { resolveEngineSpec } from "./engine-spec";
import { outboundOf, secretMoves, type ParameterLayer } from "./outbound-policy";

const template = (env: Record<string, string>): ParameterLayer => ({ params: env, setters: "admin" });
const member = (params: Record<string, unknown>): ParameterLayer => ({
  params,
  setters: Object.fromEntries(
    Object.keys(params)
      .filter((k) => /api_?key/i.test(k))
      .map((k) => [k, { level: "member" as const, user_id: "u" }]),
  ),
});
const moves = (before: ParameterLayer[], after: ParameterLayer[]) =>
  secretMoves(
    outboundOf("openai-compatible", before),
    outboundOf("openai-compatible", after),
    LEVEL_RANK.member,
  );

describe("which secret goes where", () => {
  const admin = template({ BASE_URL: "http://a/v1", API_KEY: "sk-admin" });

  it("follows the engine's key rules: the exact upper-case key beats a lower-case alias", () => {
    const out = outboundOf("openai-compatible", [admin, member({ base_url: "http://evil/v1" })]);
    expect(out.urls.get("BASE_URL")?.value).toBe("http://a/v1");
    expect(moves([admin], [admin, member({ base_url: "http://evil/v1" })])).toEqual([]);
    expect(moves([admin], [admin, member({ BASE_URL: "http://evil/v1", api_key: "sk-mine" })])).toHaveLength(
      1,
    );
  });

  it("counts a secret with no recorded setter as an admin's, and ignores a stored mask", () => {
    const legacy: ParameterLayer = {
      params: { BASE_URL: "http://a/v1", API_KEY: "sk-old" },
      setters: undefined,
    };
    expect(
      moves(
        [template({}), legacy],
        [template({}), { ...legacy, params: { BASE_URL: "http://b/v1", API_KEY: "sk-old" } }],
      ),
    ).toHaveLength(1);
    const masked = { params: { API_KEY: "********" }, setters: undefined };
    expect(outboundOf("openai-compatible", [admin, masked]).secrets.get("API_KEY")?.value).toBe("sk-admin");
  });

  it("never hands the mask to an engine", () => {
    const spec = resolveEngineSpec({
      engineImage: null,
      vendorConfiguration: TemplateVendorConfigurationSchema.parse({
        bundle_config: {
          registry: "local",
          image: "openai-compatible",
          tag: "1",
          env: { API_KEY: "sk-admin" },
        },
      }),
      modelParameters: { BASE_URL: "http://a/v1", API_KEY: "********" },
      deploymentParameters: undefined,
    });
    expect(spec.config).toEqual({ API_KEY: "sk-admin", BASE_URL: "http://a/v1" });
  });
});
