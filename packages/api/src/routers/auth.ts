import { ChangePasswordInput, ChooseProvinceInput, LoginInput, ROLE_POLICIES } from "@par/domain";
import { requestOf } from "../access/request";
import { changeOwnPassword } from "../auth/change-password";
import { logIn } from "../auth/login";
import { logOut } from "../auth/logout";
import { type Me, toMe } from "../auth/me";
import { userSessionsChanged } from "../auth/session-changes";
import { resolveSession } from "../auth/sessions";
import { chooseSessionProvince } from "../db/session.repository";
import { rootUnits } from "../db/unit-tree.repository";
import { fail } from "../errors";
import { authedProcedure, passwordChangeProcedure, publicProcedure, router } from "../trpc";

export const authRouter = router({
  login: publicProcedure.input(LoginInput).mutation(async ({ ctx, input }): Promise<{ user: Me }> => {
    const session = await logIn(ctx, input);
    ctx.cookies.set(session.token, session.expiresAt);
    const user = await resolveSession(ctx.db, session.token, ctx.now);
    if (!user) throw new Error("A session just created could not be read back");
    return { user: toMe(user) };
  }),

  logout: publicProcedure.mutation(async ({ ctx }) => {
    await logOut(ctx);
    return { ok: true as const };
  }),

  me: publicProcedure.query(({ ctx }): Me | null => (ctx.session ? toMe(ctx.session) : null)),

  /** Everyone's own password; the one thing allowed while a reset password must be changed. */
  changePassword: passwordChangeProcedure
    .input(ChangePasswordInput)
    .mutation(({ ctx, input }) => changeOwnPassword(requestOf(ctx), input)),

  /** The provinces the caller may look at (the switcher): every one for a national body, else its own. */
  provinces: authedProcedure.query(async ({ ctx }) => {
    const national = ctx.session.assignments.some((a) => ROLE_POLICIES[a.role].scope === "nation");
    const roots = await rootUnits(ctx.db);
    return {
      current: ctx.session.provinceId,
      provinces: roots
        .filter((u) => national || u.id === ctx.session.provinceId)
        .map((u) => ({ id: u.id, code: u.code, name: u.name })),
    };
  }),

  /** A national body chooses the province every screen shows from now on in this session. */
  chooseProvince: authedProcedure.input(ChooseProvinceInput).mutation(async ({ ctx, input }) => {
    if (!ctx.session.assignments.some((a) => ROLE_POLICIES[a.role].scope === "nation")) {
      fail("ACCESS.PERMISSION", "Bạn không có quyền thực hiện thao tác này / You may not do this");
    }
    const root = (await rootUnits(ctx.db)).find((u) => u.id === input.provinceId);
    if (!root) fail("PROVINCE.NOT_FOUND", "Tỉnh: không tìm thấy / Province: not found", "provinceId");
    await chooseSessionProvince(ctx.db, ctx.session.sessionId, root.id);
    // The cached session still names the province chosen before (issue 8 §4's session cache).
    await userSessionsChanged(ctx.db, ctx.session.userId);
    return { current: root.id };
  }),
});
