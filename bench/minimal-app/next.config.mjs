// The throwaway baseline app lives outside the project (Turbopack would pick up the project's
// instrumentation.ts from a nested folder) and reaches next and react through a node_modules symlink,
// so its root has to contain both.
/** @type {import('next').NextConfig} */
const nextConfig = { reactStrictMode: true, turbopack: { root: "/" }, outputFileTracingRoot: "/" };

export default nextConfig;
