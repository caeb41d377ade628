import { issuesToFieldErrors, type Lang, parseDateInput } from "@par/ui";

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
