import { createHash, randomBytes, randomUUID } from "node:crypto";

export const newId = () => randomUUID();

/** 32 random bytes: hashing with plain sha256 is enough at this entropy (no password stretching needed). */
export function generateApiKey(): string {
  return `egp_${randomBytes(32).toString("base64url")}`;
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export const keyPrefix = (key: string) => key.slice(0, 10);
