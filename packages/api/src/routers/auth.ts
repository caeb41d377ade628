import { LoginInput } from "@par/domain";
import { logIn } from "../auth/login";
import { logOut } from "../auth/logout";
import { type Me, toMe } from "../auth/me";
import { resolveSession } from "../auth/sessions";
import { publicProcedure, router } from "../trpc";

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
});
