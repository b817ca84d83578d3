/** A validation error as ajv/RJSF report it, reduced to what the wording needs. */
export type SchemaFormError = { name?: string; message?: string; params?: unknown };

/** Plain-language messages for the few errors a ParameterSchema form can produce. */
export function friendlyMessage(error: SchemaFormError): string {
  const params = (error.params ?? {}) as { type?: unknown };
  switch (error.name) {
    case "required":
      return "This parameter is required.";
    case "type":
      if (params.type === "integer") return "Enter a whole number.";
      if (params.type === "number") return "Enter a number.";
      if (params.type === "boolean") return "Choose yes or no.";
      return "Enter text.";
    default:
      return error.message ?? "This value is not valid.";
  }
}
