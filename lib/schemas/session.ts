import { z } from "zod";

export const signInSchema = z.object({
  apiKey: z
    .string()
    .trim()
    .min(8, "An EGP API key is at least 8 characters.")
    .max(512, "That is too long to be an EGP API key.")
    .regex(/^[\x21-\x7e]+$/, "An API key has no spaces or special characters."),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const switchAccountSchema = z.object({ accountId: z.string().min(1).max(200) });

/** What the browser may know about its session: never the key. */
export type SessionSummary = {
  mode: { kind: "local" } | { kind: "remote"; url: string };
  user: { id: string; email: string; name: string | null };
  accounts: { id: string; name: string; role: string }[];
  accountId: string;
  expiresAt: number;
};
