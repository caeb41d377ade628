import type { Role } from "@par/domain";
import type { AccountRow } from "../db/account.repository";

export interface AccountDto {
  id: number;
  username: string;
  displayName: string;
  active: boolean;
  mustChangePassword: boolean;
  role: Role | null;
  unit: { id: number; name: string } | null;
  /** Where notifications are also e-mailed (when the server has SMTP); null: none. */
  email: string | null;
}

export function toAccountDto(r: AccountRow): AccountDto {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    active: r.active,
    mustChangePassword: r.must_change_password,
    role: r.role,
    unit: r.unit_id === null ? null : { id: r.unit_id, name: r.unit_name ?? "" },
    email: r.email,
  };
}
