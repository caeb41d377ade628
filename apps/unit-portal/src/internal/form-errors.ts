import { describeError, issuesToFieldErrors, type Lang } from "@par/ui";

export type FieldErrors = Record<string, string>;

/** What the screens need of a domain (zod) schema, without depending on zod here. */
interface Schema<T> {
  safeParse(
    input: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/** Checks input against the domain's schema before sending: field → message in the chosen language. */
export function checkInput<T>(
  schema: Schema<T>,
  input: unknown,
  lang: Lang,
): { ok: true; value: T } | { ok: false; errors: FieldErrors } {
  const r = schema.safeParse(input);
  return r.success
    ? { ok: true, value: r.data }
    : { ok: false, errors: issuesToFieldErrors(r.error.issues, lang) };
}

/** The server's refusal as field errors where it names a field, else one line for the form. */
export function serverErrors(err: unknown, lang: Lang): { errors: FieldErrors; summary: string | null } {
  const e = describeError(err, lang);
  const fields = Object.keys(e.fieldErrors);
  return fields.length > 0 ? { errors: e.fieldErrors, summary: null } : { errors: {}, summary: e.message };
}
