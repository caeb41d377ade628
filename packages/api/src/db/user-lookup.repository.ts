import { anyInt } from "./any-array";
import type { Db } from "./database";

export async function findUsers(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom("users")
    .select(["id", "username", "display_name"])
    .where("id", "=", anyInt(ids))
    .execute();
}
