import { PERMISSIONS, type Permission, permissionsOf } from "@par/domain";
import type { SessionUser } from "./sessions";

export interface Me {
  id: number;
  username: string;
  displayName: string;
  roles: {
    role: SessionUser["assignments"][number]["role"];
    unitId: number | null;
    unitName: string | null;
  }[];
  permissions: Permission[];
  /** The province the screens show (the account's, or a national body's choice). */
  provinceId: number | null;
  /** A reset password: the apps show only the change-password form until it is changed. */
  mustChangePassword: boolean;
}

export function toMe(user: SessionUser): Me {
  const held = permissionsOf(user.assignments.map((a) => a.role));
  return {
    id: user.userId,
    username: user.username,
    displayName: user.displayName,
    roles: user.assignments.map((a) => ({ role: a.role, unitId: a.unitId, unitName: a.unitName })),
    permissions: PERMISSIONS.filter((p) => held.has(p)),
    provinceId: user.provinceId,
    mustChangePassword: user.mustChangePassword,
  };
}
