/** Same names the embedded server masks and binds to their URL (lib/local-egp/schemas/creation-params). */
const SECRET_NAME = /(^|_)(API_?KEY|SECRET|TOKEN|PASSWORD)$/i;
const URL_NAME = /(^|_)URL$/i;
export const SECRET_MASK = "********";

const text = (value: unknown) =>
  typeof value === "string" ? value.trim().replace(/\/+$/, "") : value == null ? "" : String(value);

/**
 * Hints for URL parameters the user moved away from what the model would otherwise use, while a
 * stored (masked) secret would follow: the server refuses that unless the secret is entered again.
 * `inherited` holds the values as the API returned them, secrets masked.
 */
export function reenterSecretHints(
  inherited: Record<string, unknown>,
  values: Record<string, unknown>,
): Record<string, string> {
  const stored = Object.entries(inherited)
    .filter(([name, value]) => SECRET_NAME.test(name) && value === SECRET_MASK)
    .map(([name]) => name)
    .filter((name) => !text(values[name]) || values[name] === SECRET_MASK);
  if (stored.length === 0) return {};
  const hints = new Map<string, string>();
  for (const [name, value] of Object.entries(values)) {
    if (!URL_NAME.test(name) || !text(value) || text(value) === text(inherited[name])) continue;
    const secrets = stored.join(", ");
    hints.set(name, `Changed: re-enter ${secrets} too. A stored ${secrets} is not sent to a new URL.`);
  }
  return Object.fromEntries(hints);
}
