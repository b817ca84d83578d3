import { createLoader, parseAsString, parseAsStringLiteral } from "nuqs/server";

import { MODEL_TYPES } from "@/lib/egp/types";

/** `template` is the chosen template; `type` and `q` filter the picker. */
export const newModelSearchParams = {
  template: parseAsString,
  type: parseAsStringLiteral(MODEL_TYPES),
  q: parseAsString.withDefault(""),
};
export const loadNewModelSearchParams = createLoader(newModelSearchParams);
