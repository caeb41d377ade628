/** A server field name ("startDate") → its label on this screen ("Ngày bắt đầu"), else the name. */
export function inspectionFieldLabel(t: (key: string) => string): (field: string) => string {
  return (field) => {
    const key = `insp.field.${field.split(".")[0]}`;
    const label = t(key);
    return label === key ? field : label;
  };
}
