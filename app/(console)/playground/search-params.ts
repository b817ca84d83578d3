import { createLoader, parseAsString } from "nuqs/server";

/** The playground's URL: which deployment (and model) to run, one to compare with, and the rerank query. Never secrets. */
export const playgroundSearchParams = {
  deployment: parseAsString,
  model: parseAsString,
  compare: parseAsString,
  q: parseAsString,
  /** A built-in model by name: `completions:<name>` or `chat-completions:<name>`. */
  zoo: parseAsString,
};
export const loadPlaygroundSearchParams = createLoader(playgroundSearchParams);
