export { LazySchemaForm } from "./lazy";
export type { SchemaFormProps } from "./schema-form";
export type { SchemaFormHandle, SchemaFormValidation, SchemaFormValues } from "./types";
