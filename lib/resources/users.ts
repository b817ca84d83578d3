import "server-only";
import { ApiError } from "../api/errors";
import { unwrap, type EgpClient } from "../egp/client";
import { asLocalUsersClient, type LocalApiKey, type LocalUsersClient } from "../egp/local-users";
import { isRemoteMode } from "../env";
import type { NewUser, RolePatch } from "../schemas/users";

export const REMOTE_USERS_MESSAGE =
  "Users and API keys are managed in Scale GP when the console runs against a remote EGP API.";

/** The user routes exist only on the embedded server. */
function local(egp: EgpClient): LocalUsersClient {
  if (isRemoteMode()) throw new ApiError("not_found", REMOTE_USERS_MESSAGE);
  return asLocalUsersClient(egp);
}

const userPath = (id: string) => ({ params: { path: { user_id: id } } });

export const listUsers = (egp: EgpClient) => unwrap(local(egp).GET("/local/users"));

export const addUser = (egp: EgpClient, input: NewUser) =>
  unwrap(local(egp).POST("/local/users", { body: input }));

export const changeRole = (egp: EgpClient, userId: string, patch: RolePatch) =>
  unwrap(local(egp).PATCH("/local/users/{user_id}", { ...userPath(userId), body: patch }));

export const removeUser = (egp: EgpClient, userId: string) =>
  unwrap(local(egp).DELETE("/local/users/{user_id}", userPath(userId)));

export const mintKey = (egp: EgpClient, userId: string) =>
  unwrap(local(egp).POST("/local/users/{user_id}/api-keys", userPath(userId)));

/** The key must be the named user's: a key id from another row is not found here. */
export async function revokeKey(egp: EgpClient, userId: string, keyId: string): Promise<LocalApiKey> {
  const users = await listUsers(egp);
  const owner = users.items.find((u) => u.id === userId);
  if (!owner?.keys.some((k) => k.id === keyId))
    throw new ApiError("not_found", "That API key was not found.");
  return unwrap(local(egp).DELETE("/local/api-keys/{key_id}", { params: { path: { key_id: keyId } } }));
}
