export { AuthGate } from "./auth/auth-gate";
export { LoginScreen } from "./auth/login-screen";
export { MeContext, useCan, useMe } from "./auth/me-context";
export { NoAccess } from "./auth/no-access";
export { PasswordChangeForm } from "./auth/password-change-form";
export { useLogout } from "./auth/use-logout";
export { MonthBars, type MonthSeries } from "./charts/month-bars";
export { QuotaProgress } from "./charts/quota-progress";
export {
  describeError,
  issuesToFieldErrors,
  pickLanguage,
  type UserError,
  withFieldLabel,
} from "./errors/error-message";
export { ForbiddenNotice } from "./errors/forbidden-notice";
export { QueryError } from "./errors/query-error";
export { DownloadLink } from "./files/download-link";
export { fileNameOf } from "./files/file-name";
export { postFileWithKey } from "./files/post-file";
export { formatDate, formatDateTime, parseDateInput, todayIso } from "./format/date";
export { monthLabel, weekdayLabels } from "./format/month";
export { formatNumber, formatPercent } from "./format/number";
export { type AppDictionary, createParI18n } from "./i18n/i18n";
export { LanguageSwitch } from "./i18n/language-switch";
export { useLang } from "./i18n/use-lang";
export { useScreenDictionary } from "./i18n/use-screen-dictionary";
export {
  asLang,
  type Lang,
  ROLE_LABELS,
  roleLabel,
  TIER_LABELS,
  tierLabel,
  UNIT_KIND_LABELS,
  UNIT_KIND_SHORT_LABELS,
  unitGroupLabel,
  unitKindLabel,
  unitKindShortLabel,
  unitTypeLabel,
} from "./labels/labels";
export { AppLayout } from "./layout/app-layout";
export { NavItem } from "./layout/nav-item";
export { ScrollPane } from "./layout/scroll-pane";
export { UserMenu } from "./layout/user-menu";
export { NotificationsProvider, useNotify } from "./notify/notifications";
export { type RegisterView, RegisterViewSwitch } from "./pages/view-switch";
export { ParApp, type ParAppProps } from "./par-app";
export { lazyRoute } from "./prefetch/route-chunks";
export type { Me, UnitDetail, UnitDto } from "./trpc/api-types";
export { fetchWithKey, newUuid, retryKeys } from "./trpc/retry-keys";
export { createParTrpcClient, TRPCProvider, useTRPC, useTRPCClient } from "./trpc/trpc";
export { DateInput } from "./units/date-input";
export { foldedOptionsFilter } from "./units/folded-filter";
export { SearchBox } from "./units/search-box";
export { UnitChildren } from "./units/unit-children";
export { UnitFacts } from "./units/unit-facts";
export { UnitKindBadge } from "./units/unit-kind-badge";
export {
  branchIds,
  buildUnitTree,
  compareUnits,
  countNodes,
  groupByKind,
  groupByTier,
  pruneTree,
  type TierGroup,
  type TierGroupKey,
  type TreeUnit,
  type UnitNode,
} from "./units/unit-tree";
export { ValidityText } from "./units/validity-text";
