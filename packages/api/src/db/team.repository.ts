import { anyInt } from "./any-array";
import type { Db, TeamMemberRow } from "./database";

export async function listTeams(db: Db, inspectionIds: readonly number[]): Promise<TeamMemberRow[]> {
  if (inspectionIds.length === 0) return [];
  return db
    .selectFrom("team_members")
    .selectAll()
    .where("inspection_id", "=", anyInt(inspectionIds))
    .orderBy("inspection_id")
    .orderBy("position")
    .execute();
}

export interface NewTeamMember {
  name: string;
  body: string;
  unitId: number | null;
  userId: number | null;
  role: "leader" | "member";
}

export async function replaceTeam(
  db: Db,
  inspectionId: number,
  members: readonly NewTeamMember[],
): Promise<TeamMemberRow[]> {
  await db.deleteFrom("team_members").where("inspection_id", "=", inspectionId).execute();
  if (members.length === 0) return [];
  return db
    .insertInto("team_members")
    .values(
      members.map((m, i) => ({
        inspection_id: inspectionId,
        position: i + 1,
        name: m.name,
        body: m.body,
        unit_id: m.unitId,
        user_id: m.userId,
        role: m.role,
      })),
    )
    .returningAll()
    .execute();
}
