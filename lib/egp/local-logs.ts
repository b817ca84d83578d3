import type { Client } from "openapi-fetch";
import type { EgpClient } from "./client";

/** The embedded server's local-only log route (not in the EGP spec), in openapi-typescript's shape. */
export type DeploymentLogLine = {
  seq: number;
  at: string;
  level: "info" | "warn" | "error";
  message: string;
};
export type DeploymentLogPage = {
  deployment_id: string;
  items: DeploymentLogLine[];
  last_seq: number;
  /** Changes when the server restarts (seqs start again). */
  epoch: string;
};

type LogPaths = {
  "/local/model-deployments/{deployment_id}/logs": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: { after?: number };
        header?: never;
        path: { deployment_id: string };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: { headers: { [name: string]: unknown }; content: { "application/json": DeploymentLogPage } };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};

export type LocalLogsClient = Client<LogPaths>;

/** safe because openapi-fetch's client ignores its paths type at run time: same base URL, key and account */
export const asLocalLogsClient = (egp: EgpClient) => egp as unknown as LocalLogsClient;
