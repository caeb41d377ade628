import { z } from "zod";
import { idField, textField } from "./fields";
import { PageInput } from "./page-schemas";

/** Inputs of conflicts.list and conflicts.resolve (scheduling conflicts with hidden inspections). */
export const ListConflictsInput = PageInput.extend({
  includeResolved: z
    .boolean({
      error: "Gồm cả đã xử lý phải là true/false / Include resolved must be true or false",
    })
    .default(false),
});
export type ListConflictsInput = z.infer<typeof ListConflictsInput>;

export const ResolveConflictInput = z.object({
  id: idField("id", "Xung đột lịch", "Scheduling conflict"),
  note: textField("note", "Cách xử lý", "Resolution", 3, 2000),
});
export type ResolveConflictInput = z.infer<typeof ResolveConflictInput>;
