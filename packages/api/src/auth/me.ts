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
}

export function toMe(user: SessionUser): Me {
  const held = permissionsOf(user.assignments.map((a) => a.role));
  return {
    id: user.userId,
    username: user.username,
    displayName: user.displayName,
    roles: user.assignments.map((a) => ({ role: a.role, unitId: a.unitId, unitName: a.unitName })),
    permissions: PERMISSIONS.filter((p) => held.has(p)),
  };
}
