import { TEMPLATE_IDS, type VisibilitySpec } from "@par/domain";
import { type Expression, type SqlBool, sql } from "kysely";

/** One visibility spec per plan template: only a sector inspector's lead body depends on it. */
export interface TemplateSpec {
  templateId: string;
  spec: VisibilitySpec;
}

const TRUE = sql<SqlBool>`true`;
const FALSE = sql<SqlBool>`false`;
const ints = (xs: readonly number[]) => sql`${[...xs]}::int[]`;

/**
 * R5 and the read scope (the domain's `specAllows`) as one SQL condition, over a query that joins
 * `inspections as i`, `plans as p` and the target `org_units as u`. Every read of inspections uses
 * this and nothing else; `visibility.predicate` tests prove it agrees with `canSeeInspection`.
 */
export function visibleInspection(
  specs: readonly TemplateSpec[],
  /**
   * Where the province is read: the inspection's own column, or a listed table's copy of it (filled
   * from the inspection, so the same value). On the listed table the planner sees how many rows the
   * province keeps and reads a (province_id, sort key) index in order; on `i` it took the province's
   * rows for a fraction of the list and sorted them all (recommendations.list: 25 ms → under 1 ms).
   */
  provinceColumn: `${string}.province_id` = "i.province_id",
): Expression<SqlBool> {
  if (specs.length === 0) return FALSE;
  const same = oneSpecForAll(specs);
  const any = same
    ? forSpec(same, provinceColumn)
    : sql<SqlBool>`(${sql.join(
        specs.map(
          ({ templateId, spec }) => sql`(p.template_id = ${templateId} and ${forSpec(spec, provinceColumn)})`,
        ),
        sql` or `,
      )})`;
  const roots = scopeImplied(specs);
  // Implied by the condition, but outside its CASE the planner can use it: a unit officer's reads start
  // from the units of its subtree (GIN on path) instead of walking every inspection in sort order.
  return roots === null ? any : sql<SqlBool>`(u.path && ${ints(roots)} and ${any})`;
}

/**
 * The spec, when every known template has the same one (everyone but a sector inspector): one
 * condition instead of a branch per template, which the planner plans and evaluates once (its planning
 * was half a millisecond of every list's statement).
 */
function oneSpecForAll(specs: readonly TemplateSpec[]): VisibilitySpec | null {
  const first = JSON.stringify(specs[0]!.spec);
  const covered = new Set(specs.map((s) => s.templateId));
  if (!TEMPLATE_IDS.every((id) => covered.has(id))) return null;
  return specs.every((s) => JSON.stringify(s.spec) === first) ? specs[0]!.spec : null;
}

/**
 * The subtree every visible row must be in, when the specs imply one: nobody who sees secrets
 * regardless of scope (a planner, a sector inspector's lead body) and a bounded read scope.
 */
function scopeImplied(specs: readonly TemplateSpec[]): number[] | null {
  const roots = new Set<number>();
  for (const { spec } of specs) {
    if (spec.planner || spec.secretLeadBodies.length > 0 || spec.readRoots === "all") return null;
    for (const r of spec.readRoots) roots.add(r);
  }
  return [...roots];
}

/**
 * One template's spec over `i`, `p`, `u`, without the template test: for reads that must judge an
 * inspection with the viewer of another inspection's template (a scheduling conflict's two sides).
 */
export function visibleUnderSpec(s: VisibilitySpec): Expression<SqlBool> {
  return forSpec(s);
}

function forSpec(s: VisibilitySpec, provinceColumn = "i.province_id"): Expression<SqlBool> {
  const province = sql.ref(provinceColumn);
  // The province first: the inspection's own column (filled from its target's root), served by the
  // (province_id, …) indexes and by partition pruning where tables are partitioned.
  const inProvince =
    s.provinces === "all"
      ? TRUE
      : s.provinces.length === 1
        ? sql<SqlBool>`${province} = ${s.provinces[0]!}`
        : sql<SqlBool>`${province} = any(${ints(s.provinces)})`;
  // A read scope of whole provinces adds nothing to the province test (a province's id is its root's).
  const provinces = s.provinces === "all" ? null : new Set(s.provinces);
  const wholeProvinces =
    s.readRoots !== "all" && provinces !== null && s.readRoots.every((r) => provinces.has(r));
  const inScope =
    s.readRoots === "all" || wholeProvinces ? TRUE : sql<SqlBool>`u.path && ${ints(s.readRoots)}`;
  const near =
    s.boundUnits.length === 0
      ? FALSE
      : sql<SqlBool>`(u.path && ${ints(s.boundUnits)} or u.id = any(${ints(s.boundAncestors)}))`;
  const started = sql<SqlBool>`i.status = any(${sql`${[...s.startedStatuses]}::text[]`})`;
  const secret = sql<SqlBool>`(i.form = 'surprise' and not (${started} and i.start_date <= ${s.today}::date))`;
  // isAnnouncedUnpublished: neither notified nor started, nor scheduled under an approved plan.
  const unpublished = sql<SqlBool>`(i.form = 'announced' and i.status <> 'notified' and not ${started}
    and not (i.status = 'scheduled' and p.status = 'approved'))`;
  const seer = s.planner
    ? TRUE
    : s.secretLeadBodies.length === 0
      ? FALSE
      : sql<SqlBool>`i.lead_body = any(${sql`${[...s.secretLeadBodies]}::text[]`})`;
  // Sở Nội vụ's planners: every inspection of their province. Said plainly, the planner estimates the
  // rows right and reads a list's page in index order (a CASE it cannot see through looked selective).
  if (s.planner && s.boundUnits.length === 0 && inScope === TRUE) return inProvince;
  return sql<SqlBool>`(${inProvince} and case when ${secret} then not ${near} and ${seer}
    else ${inScope} and not (${unpublished} and ${near}) end)`;
}
