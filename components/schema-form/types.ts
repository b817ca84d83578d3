/** Parameter values keyed by their EGP names (own properties; "__proto__" is an ordinary key). */
export type SchemaFormValues = Record<string, unknown>;

export type SchemaFormValidation = { ok: true; values: SchemaFormValues } | { ok: false };

/** What a parent form calls on submit: shows the field errors and returns the values when valid. */
export type SchemaFormHandle = {
  validate: () => SchemaFormValidation;
  /** The current values without validating. */
  values: () => SchemaFormValues;
};
