import { type Kysely, sql } from "kysely";

/**
 * The PAR index (Chỉ số CCHC, issue 11 §3–§5): versions of the criteria tree per province, year and
 * level (the tree is one jsonb document: it is read and written whole, never queried inside); the
 * year's scoring deadlines; one scoring sheet per unit and year with its round state, and its points
 * per sub-criterion in four columns (self, round 1, explanation, round 2). A locked sheet keeps its
 * total and field scores, so the ranking is one SQL query over locked sheets. PostgreSQL 15 and PGlite.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("par_index_versions")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("province_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("level", "varchar(20)", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("title", "varchar(300)", (c) => c.notNull())
    .addColumn("basis", "varchar(500)", (c) => c.notNull().defaultTo(""))
    .addColumn("example", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("nodes", "jsonb", (c) => c.notNull())
    .addColumn("created_by", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("par_index_versions_level", sql`level in ('department', 'district', 'commune')`)
    .addUniqueConstraint("par_index_versions_key", ["province_id", "year", "level", "version"])
    .execute();

  await db.schema
    .createTable("par_index_deadlines")
    .addColumn("province_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("self_score_due", "date", (c) => c.notNull())
    .addColumn("appraisal1_due", "date", (c) => c.notNull())
    .addColumn("explanation_due", "date", (c) => c.notNull())
    .addColumn("appraisal2_due", "date", (c) => c.notNull())
    .addPrimaryKeyConstraint("par_index_deadlines_pk", ["province_id", "year"])
    .execute();

  await db.schema
    .createTable("par_index_sheets")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("province_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("unit_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("level", "varchar(20)", (c) => c.notNull())
    .addColumn("version_id", "integer", (c) => c.notNull().references("par_index_versions.id"))
    .addColumn("state", "varchar(20)", (c) => c.notNull().defaultTo("self_scoring"))
    .addColumn("total", "numeric(7, 2)")
    .addColumn("field_scores", "jsonb")
    .addColumn("locked_at", "timestamptz")
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      "par_index_sheets_state",
      sql`state in ('self_scoring', 'submitted', 'appraised_1', 'explained', 'appraised_2', 'locked')`,
    )
    .addUniqueConstraint("par_index_sheets_unit_year", ["unit_id", "year"])
    .execute();
  // The ranking: locked sheets of a province, year and level, by total.
  await sql`create index par_index_sheets_rank_idx on par_index_sheets (province_id, year, level, total desc, id)`.execute(
    db,
  );

  await db.schema
    .createTable("par_index_scores")
    .addColumn("sheet_id", "integer", (c) =>
      c.notNull().references("par_index_sheets.id").onDelete("cascade"),
    )
    .addColumn("code", "varchar(20)", (c) => c.notNull())
    .addColumn("self_points", "numeric(7, 2)")
    .addColumn("self_note", "varchar(2000)", (c) => c.notNull().defaultTo(""))
    .addColumn("appraisal1_points", "numeric(7, 2)")
    .addColumn("appraisal1_comment", "varchar(2000)", (c) => c.notNull().defaultTo(""))
    .addColumn("explanation", "varchar(2000)", (c) => c.notNull().defaultTo(""))
    .addColumn("appraisal2_points", "numeric(7, 2)")
    .addColumn("appraisal2_comment", "varchar(2000)", (c) => c.notNull().defaultTo(""))
    .addPrimaryKeyConstraint("par_index_scores_pk", ["sheet_id", "code"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("par_index_scores").execute();
  await db.schema.dropTable("par_index_sheets").execute();
  await db.schema.dropTable("par_index_deadlines").execute();
  await db.schema.dropTable("par_index_versions").execute();
}
