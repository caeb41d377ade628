import type { ComboboxItem, OptionsFilter } from "@mantine/core";
import { foldVietnamese } from "@par/domain";

/**
 * Search filter for Mantine selects that ignores diacritics and case, like the server's search:
 * typing "xuan bac" finds "Xã Xuân Bắc".
 */
export const foldedOptionsFilter: OptionsFilter = ({ options, search }) => {
  const q = foldVietnamese(search);
  return (options as ComboboxItem[]).filter((o) => foldVietnamese(o.label).includes(q));
};
