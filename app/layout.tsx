import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";

import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "EGP Console", template: "%s · EGP Console" },
  description: "Manage models, templates, deployments and groups on Scale's GenAI Platform.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0a0a0a" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The CSP nonce from proxy.ts: next-themes' pre-hydration script must carry it to run.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // next-themes sets the theme class before hydration, so React would warn about the mismatch.
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-svh font-sans">
        <Providers nonce={nonce}>{children}</Providers>
      </body>
    </html>
  );
}
