import type { SessionUser } from "../auth/sessions";
import { fail } from "../errors";

/** The province a request is about (issue 8 §3): the account's own, or the one a national body chose. */
export function provinceOf(user: SessionUser): number {
  if (user.provinceId === null) {
    fail("PROVINCE.NONE", "Chưa có tỉnh nào trong danh mục đơn vị / The unit register has no province yet");
  }
  return user.provinceId;
}
