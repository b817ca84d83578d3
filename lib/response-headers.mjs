/**
 * Headers every response carries (pages, API routes, static files, the /egp mount); the page CSP comes
 * from proxy.ts. Plain JS: next.config.mjs applies them to what Next serves, and scripts/server.mjs to
 * the routes it calls without Next (lib/server/direct-routes.ts).
 */
export const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];
