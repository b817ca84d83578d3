/** The request header proxy.ts sets on page requests: the path asked for, kept in sign-in's `next=`. */
export const REQUESTED_PATH = "x-console-path";

/** A path on this origin: "//host" and "/\host" are other origins to a browser. */
export function isLocalPath(path: string | null | undefined): path is string {
  return Boolean(path?.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\"));
}
