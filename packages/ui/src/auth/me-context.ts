import type { Permission } from "@par/domain";
import { createContext, useContext } from "react";
import type { Me } from "../trpc/api-types";

export const MeContext = createContext<Me | null>(null);

/** The signed-in user; only inside the AuthGate. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error("useMe() outside <AuthGate>");
  return me;
}

/** Whether the user holds a permission (the server still checks every call and every unit's scope). */
export function useCan(permission: Permission): boolean {
  const me = useContext(MeContext);
  return me !== null && (me.permissions as readonly string[]).includes(permission);
}
