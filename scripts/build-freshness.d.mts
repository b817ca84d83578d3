/** Whether a build is missing or older than a source of the console (scripts/build-freshness.mjs). */
export function isBuildStale(root: string, distDir: string): boolean;
