import models from "./openapi.json";
import fineTuning from "./openapi.fine-tuning.json";

type Document = {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, unknown> };
};

/**
 * The operations the console and the embedded server speak, as EGP publishes them: the model subset
 * (lib/egp/openapi.json, what spec coverage walks) and the fine-tuning operations
 * (lib/egp/openapi.fine-tuning.json). `npm run gen:api` checks the two agree on every shared schema.
 */
export const egpSpec: Document = {
  paths: { ...(models.paths as Document["paths"]), ...(fineTuning.paths as Document["paths"]) },
  components: {
    schemas: {
      ...(models.components.schemas as Document["components"]["schemas"]),
      ...(fineTuning.components.schemas as Document["components"]["schemas"]),
    },
  },
};
