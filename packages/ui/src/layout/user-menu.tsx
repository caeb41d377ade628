import { Tooltip, UnstyledButton } from "@mantine/core";
import { useLang } from "../i18n/use-lang";
import { UserSummary } from "./user-summary";

/** The user in the header: a click opens "Đổi mật khẩu" in the main area (every app, issue 9 §7). */
export function UserMenu({ onOpen }: { onOpen: () => void }) {
  const { t } = useLang();
  return (
    <Tooltip label={t("password.change")}>
      <UnstyledButton data-testid="user-menu" aria-label={t("password.menu")} onClick={onOpen}>
        <UserSummary />
      </UnstyledButton>
    </Tooltip>
  );
}
