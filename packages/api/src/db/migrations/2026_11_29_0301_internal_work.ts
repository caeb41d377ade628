import { type Kysely, sql } from "kysely";

/**
 * Internal inspections end to end (IV.4): the province's field-oversight relation (a department → the
 * units "thuộc phạm vi quản lý ngành, lĩnh vực" of it, outside its own tree), the internal team with
 * its decision, one finding per IV.4 ¶2 checklist item, evidence files, the conclusion notice and its
 * recommendations with deadlines. Written for PostgreSQL 15 (PGlite is 18).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  const now = sql`now()`;
  await db.schema
    .createTable("field_oversight")
    .addColumn("department_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("created_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint("field_oversight_pk", ["department_id", "unit_id"])
    .addCheckConstraint("field_oversight_not_self", sql`department_id <> unit_id`)
    .execute();
  await db.schema.createIndex("field_oversight_unit_idx").on("field_oversight").column("unit_id").execute();
  // Existing registers: the districts' Phòng GD&ĐT and Phòng TN&MT are guided professionally by Sở GD&ĐT
  // and Sở TN&MT (Nghị định 108/2020/NĐ-CP). New registers get the same from the seed.
  for (const [dept, suffix] of [
    ["SGDDT", "GDDT"],
    ["STNMT", "TNMT"],
  ] as const) {
    await sql`insert into field_oversight (department_id, unit_id)
      select d.id, u.id from org_units d join org_units u on u.code like ${`%.${suffix}`}
       join org_units p on p.id = u.parent_id and p.kind = 'district'
      where d.code = ${dept} on conflict do nothing`.execute(db);
  }

  await db.schema.alterTable("internal_inspections").dropConstraint("internal_inspections_status").execute();
  await db.schema
    .alterTable("internal_inspections")
    .addColumn("decision_number", "varchar(50)")
    .addColumn("decision_date", "date")
    .addColumn("notice_number", "varchar(50)")
    .execute();
  await db.schema
    .alterTable("internal_inspections")
    .addCheckConstraint(
      "internal_inspections_status",
      sql`status in ('planned', 'done', 'concluded', 'closed')`,
    )
    .execute();
  await db.schema
    .createIndex("internal_inspections_target_idx")
    .on("internal_inspections")
    .columns(["target_unit_id", "start_date"])
    .execute();

  await db.schema
    .createTable("internal_team_members")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("internal_id", "integer", (c) =>
      c.notNull().references("internal_inspections.id").onDelete("cascade"),
    )
    .addColumn("name", "varchar(200)", (c) => c.notNull())
    .addColumn("position", "varchar(200)", (c) => c.notNull().defaultTo(""))
    .addColumn("role", "varchar(20)", (c) => c.notNull())
    .addCheckConstraint("internal_team_role", sql`role in ('lead', 'member', 'secretary')`)
    .execute();
  await db.schema
    .createIndex("internal_team_internal_idx")
    .on("internal_team_members")
    .column("internal_id")
    .execute();

  await db.schema
    .createTable("internal_findings")
    .addColumn("internal_id", "integer", (c) =>
      c.notNull().references("internal_inspections.id").onDelete("cascade"),
    )
    .addColumn("item_code", "varchar(20)", (c) => c.notNull())
    .addColumn("rating", "varchar(20)", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint("internal_findings_pk", ["internal_id", "item_code"])
    .execute();

  await db.schema
    .createTable("internal_recommendations")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("internal_id", "integer", (c) =>
      c.notNull().references("internal_inspections.id").onDelete("cascade"),
    )
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("deadline", "date", (c) => c.notNull())
    .addColumn("status", "varchar(10)", (c) => c.notNull().defaultTo("open"))
    .addColumn("done_on", "date")
    .addColumn("outcome", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addCheckConstraint("internal_recommendations_status", sql`status in ('open', 'done')`)
    .execute();
  await db.schema
    .createIndex("internal_recommendations_internal_idx")
    .on("internal_recommendations")
    .columns(["internal_id", "status", "deadline"])
    .execute();

  await db.schema
    .createTable("internal_evidence_files")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("internal_id", "integer", (c) =>
      c.notNull().references("internal_inspections.id").onDelete("cascade"),
    )
    .addColumn("item_code", "varchar(20)", (c) => c.notNull())
    .addColumn("file_name", "varchar(255)", (c) => c.notNull())
    .addColumn("content_type", "varchar(100)", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("sha256", "char(64)", (c) => c.notNull())
    .addColumn("content", "bytea", (c) => c.notNull())
    .addColumn("uploaded_by", "integer", (c) => c.references("users.id"))
    .addColumn("uploaded_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addCheckConstraint("internal_evidence_size", sql`size_bytes > 0 and size_bytes = octet_length(content)`)
    .addCheckConstraint(
      "internal_evidence_type",
      sql`content_type in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')`,
    )
    .execute();
  await db.schema
    .createIndex("internal_evidence_internal_idx")
    .on("internal_evidence_files")
    .columns(["internal_id", "item_code"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    "internal_evidence_files",
    "internal_recommendations",
    "internal_findings",
    "internal_team_members",
  ]) {
    await db.schema.dropTable(t).execute();
  }
  await db.schema.dropIndex("internal_inspections_target_idx").execute();
  await sql`update internal_inspections set status = 'done' where status in ('concluded', 'closed')`.execute(
    db,
  );
  await db.schema.alterTable("internal_inspections").dropConstraint("internal_inspections_status").execute();
  await db.schema
    .alterTable("internal_inspections")
    .dropColumn("decision_number")
    .dropColumn("decision_date")
    .dropColumn("notice_number")
    .execute();
  await db.schema
    .alterTable("internal_inspections")
    .addCheckConstraint("internal_inspections_status", sql`status in ('planned', 'done')`)
    .execute();
  await db.schema.dropTable("field_oversight").execute();
}
