/** The request header proxy.ts sets on page requests: the path asked for, kept in sign-in's `next=`. */
export const REQUESTED_PATH = "x-console-path";
