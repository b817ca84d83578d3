import { z } from "zod";
import { jsonObject } from "@/lib/schemas/json-field";

export const FileUpdateSchema = z.object({ tags: jsonObject().optional() });
