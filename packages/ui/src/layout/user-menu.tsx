import { Tooltip, UnstyledButton } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { lazy, Suspense } from "react";
import { useLang } from "../i18n/use-lang";
import { UserSummary } from "./user-summary";

// Loaded when first opened: the header is in every app's first load, and a dropdown menu (popover,
// focus trap) would add ~20 KB gzip to it for one rarely used entry.
const PasswordChangeModal = lazy(() =>
  import("../auth/password-change-modal").then((m) => ({ default: m.PasswordChangeModal })),
);

/** The user in the header: a click opens "Đổi mật khẩu" (every app has it, issue 9 §7). */
export function UserMenu() {
  const { t } = useLang();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Tooltip label={t("password.change")}>
        <UnstyledButton data-testid="user-menu" aria-label={t("password.menu")} onClick={open}>
          <UserSummary />
        </UnstyledButton>
      </Tooltip>
      {opened && (
        <Suspense fallback={null}>
          <PasswordChangeModal onClose={close} />
        </Suspense>
      )}
    </>
  );
}
