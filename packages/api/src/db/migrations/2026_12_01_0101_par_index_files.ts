import { type Kysely, sql } from "kysely";

/**
 * Evidence files (tài liệu kiểm chứng) on the sub-criteria of a PAR-index sheet (issue 11 §3–§4). A sheet
 * has no inspection, so evidence_files cannot hold them: like a camera reminder's, they live in their
 * own table, checked and limited like every evidence upload. `round` says whether the file came with
 * the self-score or with the explanation; `explained_at` on the sheet says whether the explanation was
 * sent (round 2 may follow round 1 without it), so an unsent round's files stay the unit's.
 * Written for PostgreSQL 15.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("par_index_sheets").addColumn("explained_at", "timestamptz").execute();
  await db.schema
    .createTable("par_index_files")
    .addColumn("id", "uuid", (c) => c.primaryKey())
    .addColumn("province_id", "integer", (c) => c.notNull().references("org_units.id"))
    .addColumn("sheet_id", "integer", (c) =>
      c.notNull().references("par_index_sheets.id").onDelete("cascade"),
    )
    .addColumn("code", "varchar(20)", (c) => c.notNull())
    .addColumn("round", "varchar(12)", (c) => c.notNull())
    .addColumn("file_name", "varchar(255)", (c) => c.notNull())
    .addColumn("content_type", "varchar(100)", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("sha256", "char(64)", (c) => c.notNull())
    .addColumn("content", "bytea", (c) => c.notNull())
    .addColumn("uploaded_by", "integer", (c) => c.references("users.id"))
    .addColumn("uploaded_at", "timestamptz", (c) => c.notNull())
    .addCheckConstraint("par_index_files_round", sql`round in ('self', 'explanation')`)
    .addCheckConstraint("par_index_files_size", sql`size_bytes > 0 and size_bytes = octet_length(content)`)
    .addCheckConstraint(
      "par_index_files_type",
      sql`content_type in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')`,
    )
    .execute();
  await db.schema
    .createIndex("par_index_files_sheet")
    .on("par_index_files")
    .columns(["sheet_id", "code", "uploaded_at"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time, not typed by today's schema.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("par_index_files").execute();
  await db.schema.alterTable("par_index_sheets").dropColumn("explained_at").execute();
}
