import {
  AccountImportInput,
  CreateAccountInput,
  ListAccountsInput,
  ResetPasswordInput,
  SetAccountActiveInput,
} from "@par/domain";
import { requestOf } from "../access/request";
import {
  createAccount,
  listProvinceAccounts,
  resetPassword,
  setAccountActive,
} from "../accounts/account-commands";
import { commitAccountImport, previewAccountImport } from "../accounts/account-import";
import { permissionProcedure, router } from "../trpc";

/** Sở Nội vụ manages its province's accounts (issue 9 §7); never another province's. */
export const accountsRouter = router({
  list: permissionProcedure("users.manage")
    .input(ListAccountsInput.optional())
    .query(({ ctx, input }) => listProvinceAccounts(requestOf(ctx), input ?? ListAccountsInput.parse({}))),

  create: permissionProcedure("users.manage")
    .input(CreateAccountInput)
    .mutation(({ ctx, input }) => createAccount(requestOf(ctx), input)),

  resetPassword: permissionProcedure("users.manage")
    .input(ResetPasswordInput)
    .mutation(({ ctx, input }) => resetPassword(requestOf(ctx), input)),

  setActive: permissionProcedure("users.manage")
    .input(SetAccountActiveInput)
    .mutation(({ ctx, input }) => setAccountActive(requestOf(ctx), input)),

  /** The sheet's accounts and every row's problems; nothing saved. A mutation: the file is in the body. */
  importPreview: permissionProcedure("users.manage")
    .input(AccountImportInput)
    .mutation(({ ctx, input }) => previewAccountImport(requestOf(ctx), input)),

  /** Every account of the sheet or none. */
  importCommit: permissionProcedure("users.manage")
    .input(AccountImportInput)
    .mutation(({ ctx, input }) => commitAccountImport(requestOf(ctx), input)),
});
