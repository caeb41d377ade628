import { Group, Text, Tooltip } from "@mantine/core";
import { useLang, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import { DownloadLink } from "./download-link";

/** Word documents of the inspection the server can produce now (documents.available), as download links. */
export function DocumentLinks({ inspectionId }: { inspectionId: number }) {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  // Asked again after every change of the inspection (useInspectionRefresh).
  const docs = useQuery(trpc.documents.available.queryOptions({ inspectionId }));
  if (!docs.data) return null;
  return (
    <Group gap="md" data-testid="document-links">
      <Text size="sm" fw={500}>
        {t("insp.docs.title")}:
      </Text>
      {docs.data.documents.map((d) =>
        d.available ? (
          <DownloadLink key={d.kind} href={d.url} size="sm" testId={`doc-link-${d.kind}`}>
            ↓ {d.title[lang]}
          </DownloadLink>
        ) : (
          <Tooltip key={d.kind} label={d.reason?.[lang] ?? ""} multiline w={260} withArrow>
            <Text
              size="sm"
              c="dimmed"
              tabIndex={0}
              data-testid={`doc-unavailable-${d.kind}`}
              aria-disabled
              style={{ cursor: "not-allowed" }}
            >
              {d.title[lang]}
            </Text>
          </Tooltip>
        ),
      )}
    </Group>
  );
}
