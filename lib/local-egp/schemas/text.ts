import { z } from "zod";
import { TEXT_LIMITS } from "@/lib/limits";

/** A string with a maximum length, refused in pydantic's words (type string_too_long). */
export const boundedString = (max: number) =>
  z.string().max(max, `String should have at most ${max} characters`);

export const nameString = () => boundedString(TEXT_LIMITS.name).min(1);
export const idString = () => boundedString(TEXT_LIMITS.id);
export const settingString = () => boundedString(TEXT_LIMITS.setting);
export const descriptionString = () => boundedString(TEXT_LIMITS.description);
export const cardString = () => boundedString(TEXT_LIMITS.card);
