import { createLoader, parseAsString, parseAsStringLiteral } from "nuqs/server";

import { ModelTypeValues } from "@/lib/egp/enums.gen";

/** `template` is the chosen template; `type` and `q` filter the picker. */
export const newModelSearchParams = {
  template: parseAsString,
  type: parseAsStringLiteral(ModelTypeValues),
  q: parseAsString.withDefault(""),
};
export const loadNewModelSearchParams = createLoader(newModelSearchParams);
