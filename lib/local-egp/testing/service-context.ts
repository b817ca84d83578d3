import { authenticate } from "../auth/authenticate";
import { parseAllowedHosts } from "../engines/outbound";
import type { Ctx } from "../services/context";
import { TEST_ADMIN_KEY, type TestEgp } from "./open-test-egp";

/** A verb's context on a test server, calling as the holder of `apiKey` (the admin by default). */
export async function serviceContext(
  egp: TestEgp,
  opts: { apiKey?: string; allowedHosts?: string; accountId?: string } = {},
): Promise<Ctx> {
  const headers: Record<string, string> = { "x-api-key": opts.apiKey ?? TEST_ADMIN_KEY };
  if (opts.accountId) headers["x-selected-account-id"] = opts.accountId;
  const caller = await authenticate(egp.db, new Request("http://local/", { headers }));
  return {
    db: egp.db,
    runtime: egp.runtime,
    training: egp.training,
    allowedHosts: parseAllowedHosts(opts.allowedHosts ?? "*"),
    owner: { userId: egp.bootstrap.adminUserId, accountId: egp.bootstrap.accountId },
    caller,
  };
}
