import {
  ErrorSchemaBuilder,
  type ErrorTransformer,
  type RJSFSchema,
  type RJSFValidationError,
  type UiSchema,
  type ValidationData,
  type ValidatorType,
} from "@rjsf/utils";

import { validateFlatObject, type FlatObjectSchema } from "@/lib/schema-form/validate";

const check = (schema: RJSFSchema, data: unknown): RJSFValidationError[] =>
  validateFlatObject(schema as FlatObjectSchema, data ?? {});

/** An RJSF validator for the flat parameter schemas that needs no eval (see lib/schema-form/validate.ts). */
export const parameterValidator: ValidatorType<Record<string, unknown>, RJSFSchema> = {
  validateFormData(
    formData: Record<string, unknown> | undefined,
    schema: RJSFSchema,
    _customValidate?: unknown,
    transformErrors?: ErrorTransformer<Record<string, unknown>, RJSFSchema>,
    uiSchema?: UiSchema<Record<string, unknown>, RJSFSchema>,
  ): ValidationData<Record<string, unknown>> {
    let errors = check(schema, formData);
    if (transformErrors) errors = transformErrors(errors, uiSchema);
    const builder = new ErrorSchemaBuilder<Record<string, unknown>>();
    for (const error of errors) {
      const key = error.property?.replace(/^\./, "");
      builder.addErrors(error.message ?? "", key || undefined);
    }
    return { errors, errorSchema: builder.ErrorSchema };
  },
  isValid: (schema, formData) => check(schema, formData).length === 0,
  rawValidation: <Result>(schema: RJSFSchema, formData?: Record<string, unknown>) => ({
    errors: check(schema, formData) as Result[],
  }),
};
