/**
 * Adds query parameters that the spec does not list (name search, status and vendor filters).
 * The embedded server honours them; a remote EGP ignores unknown parameters.
 * Typed as T because openapi-fetch checks literal keys only.
 */
export function withExtras<T extends object>(typed: T, extras: Record<string, string | undefined>): T {
  const defined = Object.fromEntries(Object.entries(extras).filter(([, v]) => v !== undefined && v !== ""));
  return { ...typed, ...defined };
}
