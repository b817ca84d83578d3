import type { Client } from "openapi-fetch";
import type { AssignableRole } from "../roles";
import type { EgpClient } from "./client";

/** The embedded server's local-only user routes (not in the EGP spec), in openapi-typescript's shape. */
export type LocalRole = AssignableRole;

export type LocalApiKey = {
  id: string;
  user_id: string;
  prefix: string;
  created_at: string;
  revoked_at: string | null;
  /** The key this request was made with. */
  current: boolean;
};

export type LocalUser = {
  id: string;
  email: string;
  role: string;
  account_id: string;
  keys: LocalApiKey[];
  /** Whether the caller may mint and revoke this user's keys (admin of all their accounts). */
  can_manage_keys: boolean;
};

export type LocalUserList = { items: LocalUser[]; total_item_count: number };

/** `api_key` is set only when the user was created by this call: it is shown once. */
export type AddedUser = {
  user_id: string;
  email: string;
  role: LocalRole;
  account_id: string;
  created: boolean;
  api_key: string | null;
};

export type MintedKey = LocalApiKey & { api_key: string };
export type RemovedUser = { id: string; account_id: string; removed: true; keys_revoked: boolean };

type Json<T> = { headers: { [name: string]: unknown }; content: { "application/json": T } };
type Params<P> = { query?: never; header?: never; path: P; cookie?: never };
type NoParams = { query?: never; header?: never; path?: never; cookie?: never };
type Op<P, R> = { parameters: P; requestBody?: never; responses: { 200: Json<R> } };
type BodyOp<P, B, R> = Omit<Op<P, R>, "requestBody"> & {
  requestBody: { content: { "application/json": B } };
};
type Unused = { put?: never; options?: never; head?: never; trace?: never };

type LocalPaths = {
  "/local/users": Unused & {
    parameters: NoParams;
    get: Op<NoParams, LocalUserList>;
    post: BodyOp<NoParams, { email: string; role: LocalRole }, AddedUser>;
    delete?: never;
    patch?: never;
  };
  "/local/users/{user_id}": Unused & {
    parameters: NoParams;
    get?: never;
    post?: never;
    patch: BodyOp<Params<{ user_id: string }>, { role: LocalRole }, LocalUser>;
    delete: Op<Params<{ user_id: string }>, RemovedUser>;
  };
  "/local/users/{user_id}/api-keys": Unused & {
    parameters: NoParams;
    get?: never;
    post: Op<Params<{ user_id: string }>, MintedKey>;
    delete?: never;
    patch?: never;
  };
  "/local/api-keys/{key_id}": Unused & {
    parameters: NoParams;
    get?: never;
    post?: never;
    delete: Op<Params<{ key_id: string }>, LocalApiKey>;
    patch?: never;
  };
};

export type LocalUsersClient = Client<LocalPaths>;

/** safe because openapi-fetch's client ignores its paths type at run time: same base URL, key and account */
export const asLocalUsersClient = (egp: EgpClient) => egp as unknown as LocalUsersClient;
