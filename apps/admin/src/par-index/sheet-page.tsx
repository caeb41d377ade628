import { Anchor, Stack } from "@mantine/core";
import { useLang, useScreenDictionary } from "@par/ui";
import { PAR_INDEX_DICTIONARY, ScoreSheet } from "@par/ui/par-index";
import { Link } from "wouter";
import { ADMIN_PAR_INDEX_DICTIONARY } from "./admin-par-index-dictionary";

/** One unit's sheet, appraised by Sở Nội vụ (rounds 1 and 2) and locked. */
export function ParIndexSheetPage({ year, unitId }: { year: number; unitId: number }) {
  useScreenDictionary(PAR_INDEX_DICTIONARY);
  useScreenDictionary(ADMIN_PAR_INDEX_DICTIONARY);
  const { t } = useLang();
  return (
    <Stack gap="sm" p="md">
      <Anchor component={Link} href={`/par-index/${year}`} size="sm">
        ← {t("parIndexAdmin.back")}
      </Anchor>
      <ScoreSheet unitId={unitId} year={year} />
    </Stack>
  );
}
