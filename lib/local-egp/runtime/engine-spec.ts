import "server-only";
import {
  EngineLoadError,
  LOCAL_IMAGES,
  LOCAL_REGISTRY,
  type EngineSpec,
  type LocalImage,
} from "../engines/types";
import { mergeParameters, withoutMasks } from "../schemas/creation-params";
import type { TemplateVendorConfiguration } from "../schemas/templates";
import type { TunedWeights } from "../training/weights";

export const CONTAINER_REASON =
  "container images cannot run in local mode; point the console at a Scale GP API with EGP_API_URL";

export const isLocalImage = (image: string): image is LocalImage =>
  (LOCAL_IMAGES as readonly string[]).includes(image);

/** What to load for a deployment; throws EngineLoadError with the reason a person reads on the deployment. */
export function resolveEngineSpec(input: {
  engineImage: string | null;
  vendorConfiguration: TemplateVendorConfiguration | null;
  modelParameters: Record<string, unknown> | undefined;
  deploymentParameters: Record<string, unknown> | undefined;
  /** What a local fine-tuning learned for this model (store/engine-inputs.ts). */
  tuned?: TunedWeights;
}): EngineSpec {
  const spec = baseEngineSpec(input);
  return input.tuned ? { ...spec, tuned: input.tuned } : spec;
}

function baseEngineSpec(input: Parameters<typeof resolveEngineSpec>[0]): EngineSpec {
  if (input.engineImage) {
    if (!isLocalImage(input.engineImage))
      throw new EngineLoadError(`Unknown local engine "${input.engineImage}"`);
    return {
      image: input.engineImage,
      config: mergeParameters(withoutMasks(input.modelParameters), withoutMasks(input.deploymentParameters)),
    };
  }
  const bundle = input.vendorConfiguration?.bundle_config;
  if (!bundle) {
    throw new EngineLoadError(
      "The model has no model template, so there is nothing to run locally; create it from a template",
    );
  }
  if (bundle.registry !== LOCAL_REGISTRY) {
    throw new EngineLoadError(`Image ${bundle.registry}/${bundle.image}:${bundle.tag}: ${CONTAINER_REASON}`);
  }
  if (!isLocalImage(bundle.image)) {
    throw new EngineLoadError(
      `Unknown local engine "${bundle.image}"; available: ${LOCAL_IMAGES.join(", ")}`,
    );
  }
  return {
    image: bundle.image,
    config: mergeParameters(
      withoutMasks(bundle.env),
      withoutMasks(input.modelParameters),
      withoutMasks(input.deploymentParameters),
    ),
  };
}
