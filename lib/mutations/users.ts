import { mutationOptions, type QueryClient } from "@tanstack/react-query";
import { fetchJson } from "../api/http";
import { apiPaths } from "../api/paths";
import type { AddedUser, LocalApiKey, LocalUser, MintedKey, RemovedUser } from "../egp/local-users";
import { userQueries } from "../queries/users";
import type { NewUser } from "../schemas/users";
import type { Then } from "./then";

/** Every change to users or keys refetches the one list, then `then` reports it on the fresh table. */
const refreshUsers = async <T, V>(
  queryClient: QueryClient,
  then: Then<T, V> | undefined,
  data: T,
  vars: V,
) => {
  await queryClient.invalidateQueries({ queryKey: userQueries.lists() });
  await then?.(data, vars);
};

export const userMutations = {
  add: (queryClient: QueryClient) =>
    mutationOptions({
      mutationFn: (values: NewUser) => fetchJson<AddedUser>(apiPaths.users, { method: "POST", json: values }),
      onSuccess: (added: AddedUser, values: NewUser) => refreshUsers(queryClient, undefined, added, values),
    }),
  setRole: (queryClient: QueryClient, userId: string, then?: Then<LocalUser, string>) =>
    mutationOptions({
      mutationFn: (role: string) =>
        fetchJson<LocalUser>(apiPaths.user(userId), { method: "PATCH", json: { role } }),
      onSuccess: (saved: LocalUser, role: string) => refreshUsers(queryClient, then, saved, role),
    }),
  remove: (queryClient: QueryClient, userId: string, then?: Then<RemovedUser, void>) =>
    mutationOptions({
      mutationFn: () => fetchJson<RemovedUser>(apiPaths.user(userId), { method: "DELETE" }),
      onSuccess: (removed: RemovedUser) => refreshUsers(queryClient, then, removed, undefined),
    }),
  mintKey: (queryClient: QueryClient, userId: string) =>
    mutationOptions({
      mutationFn: () => fetchJson<MintedKey>(apiPaths.userKeys(userId), { method: "POST" }),
      onSuccess: (minted: MintedKey) => refreshUsers(queryClient, undefined, minted, undefined),
    }),
  /** Revokes one key; `target` is null while no key is picked (the dialog is closed). */
  revokeKey: (
    queryClient: QueryClient,
    target: { userId: string; keyId: string } | null,
    then?: Then<LocalApiKey, void>,
  ) =>
    mutationOptions({
      mutationFn: () =>
        fetchJson<LocalApiKey>(apiPaths.userKey(target!.userId, target!.keyId), { method: "DELETE" }),
      onSuccess: (revoked: LocalApiKey) => refreshUsers(queryClient, then, revoked, undefined),
    }),
};
