import { Grid, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useLang } from "@par/ui";
import { type ResponseItem, ResponsesTable } from "@par/ui/responses";
import { useState } from "react";
import { ResponseWork } from "./response-work";

/** "Trả lời kiến nghị": the recommendations addressed to my units, one opened beside the list. */
export function ResponsesPage() {
  const { t } = useLang();
  const [openOnly, setOpenOnly] = useState(true);
  const [selected, setSelected] = useState<ResponseItem | null>(null);
  return (
    <Stack gap="md" data-testid="responses-page">
      <div>
        <Title order={2}>{t("portal.responses.title")}</Title>
        <Text c="dimmed" size="sm">
          {t("portal.responses.subtitle")}
        </Text>
      </div>
      <SegmentedControl
        w={320}
        value={openOnly ? "open" : "all"}
        onChange={(v) => setOpenOnly(v === "open")}
        data={[
          { value: "open", label: t("portal.responses.openOnly") },
          { value: "all", label: t("portal.responses.all") },
        ]}
      />
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <ResponsesTable
            filter={openOnly ? { openOnly: true } : {}}
            selectedId={selected?.id ?? null}
            onOpen={setSelected}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          {selected ? (
            <ResponseWork key={selected.id} item={selected} onChanged={setSelected} />
          ) : (
            <Text c="dimmed" size="sm" data-testid="responses-pick">
              {t("review.pick")}
            </Text>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
