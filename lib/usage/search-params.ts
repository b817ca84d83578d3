import { parseAsIsoDate, parseAsStringLiteral } from "nuqs/server";
import { USAGE_RANGES } from "./range";

/** The usage card's range, in the URL of whichever page shows it (model, deployment, group). */
export const usageSearchParams = {
  usage: parseAsStringLiteral(USAGE_RANGES).withDefault("7d"),
  usage_from: parseAsIsoDate,
  usage_to: parseAsIsoDate,
};
