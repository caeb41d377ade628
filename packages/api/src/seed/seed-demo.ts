import { ROLE_POLICIES } from "@par/domain";
import { hashPassword } from "../auth/password";
import { seedDemoCountersIfEmpty } from "../camera/demo-counters";
import { ADVISORY_LOCKS, advisoryXactLock } from "../db/advisory-lock";
import { insertAudit } from "../db/audit.repository";
import type { Db } from "../db/database";
import { inTransaction } from "../db/transaction";
import { countUnits, insertUnits } from "../db/unit.repository";
import { insertUser } from "../db/user.repository";
import { fillDefaultUnitFields } from "../units/default-unit-fields";
import { seedDemoHistory2022 } from "./demo-history-2022";
import { DEMO_USERS } from "./demo-users";
import { seedFieldOversight } from "./field-oversight-seed";
import { planRegister2023, toNewOrgUnit } from "./register-2023";

export interface SeedSummary {
  units: number;
  users: number;
}

/** Seeds the Đồng Nai 2023 register and the demo users, only into an empty register. */
export async function seedDemoIfEmpty(
  db: Db,
  opts: { password: string; now: Date },
): Promise<SeedSummary | null> {
  if ((await countUnits(db)) > 0) return null;
  const hashes = await Promise.all(DEMO_USERS.map(() => hashPassword(opts.password)));
  return inTransaction(db, async (trx) => {
    // Several processes starting at once on an empty database: one seeds, the others find it done.
    await advisoryXactLock(trx, ADVISORY_LOCKS.demoSeed);
    if ((await countUnits(trx)) > 0) return null;
    const idOfCode = new Map<string, number>();
    let units = 0;
    for (const level of planRegister2023()) {
      const rows = await insertUnits(
        trx,
        level.map((p) => {
          const parentId = p.parentCode === null ? null : idOfCode.get(p.parentCode);
          if (parentId === undefined)
            throw new Error(`Seed: parent ${p.parentCode} of ${p.code} not inserted yet`);
          return toNewOrgUnit(p, parentId, opts.now);
        }),
      );
      for (const r of rows) idOfCode.set(r.code, r.id);
      units += rows.length;
    }
    // R6: which units handle which focus fields, from the domain's defaults.
    await fillDefaultUnitFields(trx);
    // R9: units in a department's field outside its tree.
    await seedFieldOversight(trx);
    // The register's root: Tỉnh Đồng Nai. Every demo account belongs to it.
    const provinceId = idOfCode.get(planRegister2023()[0]![0]!.code)!;
    for (const [i, u] of DEMO_USERS.entries()) {
      const unitId = u.unitCode === null ? null : (idOfCode.get(u.unitCode) ?? null);
      await insertUser(trx, {
        username: u.username,
        displayName: u.displayName,
        passwordHash: hashes[i]!,
        // A national body belongs to no province.
        provinceId: ROLE_POLICIES[u.role].scope === "nation" ? null : provinceId,
        roles: [{ role: u.role, unitId }],
      });
    }
    // Demo planning history (2022, invented, is_demo): see demo-history-2022.ts.
    // Camera monitor: counters of a few one-stop shops, with demo video (issue 10).
    await seedDemoCountersIfEmpty(trx);
    await seedDemoHistory2022(trx, idOfCode, provinceId, opts.now);
    const summary = { units, users: DEMO_USERS.length };
    await insertAudit(
      trx,
      { userId: null, ip: null, now: opts.now },
      { action: "seed", entity: "database", entityId: null, unitId: null, before: null, after: summary },
    );
    return summary;
  });
}
