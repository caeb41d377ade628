import { adminTypeOf, committeeName } from "@par/domain";
import { describe, expect, it } from "vitest";
import { importTwoTier2025 } from "../src/seed/import-2025";
import { loadUnits2023 } from "../src/seed/reference-data";
import { seedDemoIfEmpty } from "../src/seed/seed-demo";
import { DEMO_PASSWORD, signIn } from "./helpers/callers";
import { useTestDb } from "./helpers/test-db";
import { unitsSeen } from "./helpers/units";

const t = useTestDb();
const actor = { userId: null, ip: null, now: new Date("2025-06-20T00:00:00Z") };

describe("demo seed (Đồng Nai 2023)", () => {
  it("holds 21 agencies, 11 districts and 170 communes", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    expect(await caller.units.tierCounts({ at: "2023-06-01" })).toEqual([
      { tier: "agency", count: 21 },
      { tier: "district", count: 11 },
      { tier: "commune", count: 170 },
    ]);
    const flagged = (await unitsSeen(caller, {})).filter((u) => u.manySubordinates).map((u) => u.code);
    expect(flagged.sort()).toEqual(["SGDDT", "STNMT"]);
    const office = (await unitsSeen(caller, { query: "van phong ubnd tinh" }))[0];
    expect(office).toMatchObject({ kind: "office", code: "VPUBND", tier: "agency" });
  });

  it("names every district and commune by its real type: wards are Phường, cities Thành phố (all 181 units)", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    const units = await unitsSeen(caller, { at: "2023-06-01" });
    const gso = loadUnits2023().filter((g) => g.parentCode !== null);
    expect(gso).toHaveLength(181);
    for (const g of gso) {
      const unit = units.find((u) => u.code === g.code);
      expect(unit, g.name).toBeDefined();
      expect(unit!.name).toBe(g.name);
      expect(adminTypeOf(unit!.kind, unit!.name)?.vi, g.name).toBe(g.type);
      expect(committeeName(unit!.kind, unit!.name)).toBe(
        `UBND ${g.type.toLocaleLowerCase("vi")}${g.name.slice(g.type.length)}`,
      );
    }
    const bienHoa = units.find((u) => u.code === "731")!;
    expect(adminTypeOf(bienHoa.kind, bienHoa.name)?.vi).toBe("Thành phố");
    const trangDai = units.find((u) => u.code === "25993")!;
    expect([trangDai.name, committeeName(trangDai.kind, trangDai.name)]).toEqual([
      "Phường Trảng Dài",
      "UBND phường Trảng Dài",
    ]);
  });

  it("spells every seeded name once: no doubled word, one accent style (Hòa, not Hoà)", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    for (const u of await unitsSeen(caller, { at: "2023-06-01" })) {
      const words = u.name.toLocaleLowerCase("vi").split(/\s+/);
      const doubled = words.some((w, i) => i > 0 && w === words[i - 1]);
      // "thành phố thành phố", "huyện huyện": the two words of a type said twice.
      const typeTwice = /(thành phố|thị xã|thị trấn|huyện|phường|xã) \1 /.test(words.join(" "));
      expect(doubled || typeTwice, u.name).toBe(false);
      expect(u.name, u.name).not.toMatch(/(?<!q)(oà|oá|oả|oã|oạ|oè|oé|oẻ|oẽ|oẹ|uỳ|uý|uỷ|uỹ|uỵ)(?![\p{L}])/u);
    }
  });

  it("gives cities and rural districts their own divisions, all marked demo", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    const units = await unitsSeen(caller, {});
    const divisionsOf = (code: string) => {
      const id = units.find((u) => u.code === code)!.id;
      return units.filter((u) => u.parentId === id && u.kind === "division");
    };
    const bienHoa = divisionsOf("731").map((u) => u.name);
    expect(bienHoa).toContain("Phòng Quản lý đô thị thành phố Biên Hòa");
    expect(bienHoa).toContain("Phòng Kinh tế thành phố Biên Hòa");
    const xuanLoc = divisionsOf("741").map((u) => u.name);
    expect(xuanLoc).toContain("Phòng Kinh tế – Hạ tầng huyện Xuân Lộc");
    expect(xuanLoc).toContain("Phòng Nông nghiệp và Phát triển nông thôn huyện Xuân Lộc");
    expect(xuanLoc).toHaveLength(12);
    expect(
      units.filter((u) => u.kind === "division" || u.kind === "subordinate").every((u) => u.isDemo),
    ).toBe(true);
    expect(units.filter((u) => u.tier !== null).every((u) => !u.isDemo)).toBe(true);
    expect(units.filter((u) => u.kind === "commune").every((u) => u.hasOneStopShop)).toBe(true);
  });

  it("has one demo user per role and does not seed twice", async () => {
    for (const u of [
      "snv.admin",
      "vp.ubnd",
      "so.tuphap",
      "so.gddt",
      "ubnd.bienhoa",
      "ubnd.xuanloc",
      "camera.1",
      "lanhdao",
    ]) {
      await signIn(t.trx, u);
    }
    expect(await seedDemoIfEmpty(t.trx, { password: DEMO_PASSWORD, now: new Date() })).toBeNull();
  });
});

describe("2025 two-tier import", () => {
  it("opens 95 communes on 1 July 2025, closes the districts, keeps 2023 intact, and is idempotent", async () => {
    const first = await importTwoTier2025(t.trx, actor);
    expect(first.created).toBe(95);
    expect(first.closed).toBe(11 + 170 + 11 * 12);
    const { caller } = await signIn(t.trx, "snv.admin");
    expect(await caller.units.tierCounts({ at: "2025-07-01" })).toEqual([
      { tier: "agency", count: 21 },
      { tier: "district", count: 0 },
      { tier: "commune", count: 95 },
    ]);
    expect(await caller.units.tierCounts({ at: "2023-06-01" })).toEqual([
      { tier: "agency", count: 21 },
      { tier: "district", count: 11 },
      { tier: "commune", count: 170 },
    ]);
    const audited = await t.trx
      .selectFrom("audit_log")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("action", "in", ["restructure.create", "restructure.close"])
      .executeTakeFirstOrThrow();
    expect(Number(audited.n)).toBe(first.created + first.closed);

    expect(await importTwoTier2025(t.trx, actor)).toEqual({ closed: 0, created: 0 });
    const bienHoaWard = (await unitsSeen(caller, { query: "phuong bien hoa", at: "2025-07-01" }))[0];
    expect(bienHoaWard).toMatchObject({ code: "26068", validFrom: "2025-07-01", validTo: null });
  });
});
