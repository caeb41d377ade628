import { issuesToFieldErrors, type Lang, parseDateInput, type UserError, withFieldLabel } from "@par/ui";

export type FieldErrors = Record<string, string>;

/** Reads a dd/mm/yyyy field; records an error and returns undefined when it is not a real date. */
export function readDate(
  text: string,
  field: string,
  errors: FieldErrors,
  invalid: string,
): string | null | undefined {
  if (text.trim() === "") return null;
  const iso = parseDateInput(text);
  if (iso === null) errors[field] = invalid;
  return iso ?? undefined;
}

/** Runs a domain zod schema on the client: the same rules and messages as the server. */
export function check<T>(
  schema: {
    safeParse: (
      v: unknown,
    ) =>
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  input: unknown,
  lang: Lang,
): { data: T; errors: null } | { data: null; errors: FieldErrors } {
  const result = schema.safeParse(input);
  return result.success
    ? { data: result.data, errors: null }
    : { data: null, errors: issuesToFieldErrors(result.error.issues, lang) };
}

/**
 * Where a server error goes: messages for fields of this form go under those fields; the rest (or a
 * message with no field) goes in the alert above the form, named by field. No message is shown twice.
 */
export function placeServerError(
  error: UserError,
  formFields: readonly string[],
  fieldLabel: (field: string) => string,
  checkFields: string | null,
): { errors: FieldErrors; summary: string | null } {
  const errors: FieldErrors = {};
  const stray: string[] = [];
  for (const [field, message] of Object.entries(error.fieldErrors)) {
    if (formFields.includes(field)) errors[field] = message;
    else stray.push(withFieldLabel(fieldLabel(field), message));
  }
  if (Object.keys(errors).length === 0 && stray.length === 0) return { errors, summary: error.message };
  return { errors, summary: stray.length > 0 ? stray.join("; ") : checkFields };
}

/** A field's label from the shared dictionary ("unit.code" → "Mã đơn vị"), else the field's name. */
export function unitFieldLabel(t: (key: string) => string): (field: string) => string {
  return (field) => {
    const key = `unit.${field}`;
    const label = t(key);
    return label === key ? field : label;
  };
}

/** The errors once `field` is edited: its message goes at once, the others stay until their field changes. */
export function withoutField(errors: FieldErrors, field: string): FieldErrors {
  if (!(field in errors)) return errors;
  const { [field]: _fixed, ...rest } = errors;
  return rest;
}
