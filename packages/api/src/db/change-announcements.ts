/**
 * The channel on which a schema's data tables announce committed changes (migration 2026_12_02_0001):
 * one per schema, so that tests sharing a server, a schema each, never hear each other.
 */
export function changesChannel(schema: string | undefined): string {
  return schema && schema !== "public" ? `par_data_changed_${schema}` : "par_data_changed";
}
