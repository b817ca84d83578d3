import { createLoader, parseAsString } from "nuqs/server";

/**
 * The playground's URL: which deployment (and model) to run, one to compare with, the rerank query,
 * the whole input (`input`, compressed: lib/playground/draft-codec) and a saved run to reopen. Never secrets.
 */
export const playgroundSearchParams = {
  deployment: parseAsString,
  model: parseAsString,
  compare: parseAsString,
  q: parseAsString,
  /** A built-in model by name: `completions:<name>` or `chat-completions:<name>`. */
  zoo: parseAsString,
  input: parseAsString,
  run: parseAsString,
};
export const loadPlaygroundSearchParams = createLoader(playgroundSearchParams);
