import { toolSchema, type Tool } from "../schemas/playground";

export type ToolsParse = { ok: true; tools: Tool[] } | { ok: false; error: string };

const JSON_TYPES = new Set(["string", "number", "integer", "boolean", "object", "array", "null"]);

/**
 * Parses the tools editor's JSON: an array of `{name, description, arguments: {type: "object", properties}}`,
 * each property a JSON Schema with a JSON type and a description (as the agent API's ToolPropertyValue needs).
 */
export function parseTools(text: string): ToolsParse {
  if (!text.trim()) return { ok: true, tools: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `Not valid JSON: ${(error as Error).message}` };
  }
  if (!Array.isArray(raw)) return { ok: false, error: "Tools must be a JSON array." };
  const tools: Tool[] = [];
  const names = new Set<string>();
  for (const [i, item] of raw.entries()) {
    const parsed = toolSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, error: `Tool ${i + 1}: ${[...issue.path].join(".") || "tool"} ${issue.message}` };
    }
    if (names.has(parsed.data.name))
      return { ok: false, error: `Tool ${i + 1}: the name "${parsed.data.name}" is used twice.` };
    names.add(parsed.data.name);
    for (const [prop, value] of Object.entries(parsed.data.arguments.properties ?? {})) {
      const problem = propertyProblem(value);
      if (problem) return { ok: false, error: `Tool "${parsed.data.name}", argument "${prop}": ${problem}` };
    }
    tools.push(parsed.data);
  }
  return { ok: true, tools };
}

function propertyProblem(value: unknown): string | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return "must be an object";
  const v = value as Record<string, unknown>;
  if (typeof v.type !== "string" || !JSON_TYPES.has(v.type)) {
    return `"type" must be one of ${[...JSON_TYPES].join(", ")}`;
  }
  if (typeof v.description !== "string") return `"description" is required`;
  return null;
}

export const EXAMPLE_TOOLS: Tool[] = [
  {
    name: "get_weather",
    description: "Current weather for a city",
    arguments: {
      type: "object",
      properties: {
        city: { type: "string", description: "City name, e.g. Paris" },
        unit: { type: "string", description: "celsius or fahrenheit" },
      },
    },
  },
];
