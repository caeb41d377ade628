import { Box, Button, Group, Loader, Paper, Table, Text } from "@mantine/core";
import { type ReactNode, useEffect, useRef } from "react";
import { useLang } from "../i18n/use-lang";
import type { CursorPages } from "./use-cursor-pages";

export interface PagedColumn<T> {
  key: string;
  header: ReactNode;
  width?: number;
  render: (row: T) => ReactNode;
}

interface PagedTableProps<T> {
  pages: CursorPages<T>;
  columns: readonly PagedColumn<T>[];
  rowKey: (row: T) => string | number;
  onRowClick?: (row: T) => void;
  selectedKey?: string | number | null;
  /** The scrolling region's height; the header stays in view. */
  maxHeight?: string;
  testId?: string;
  /** The list's size in words ("123 khuyến nghị"), shown when the server counted it (first page's total). */
  totalLabel?: (total: number) => string;
  /** What an empty list means and what to do about it; "Không có dòng nào" when not given. */
  empty?: ReactNode;
}

/**
 * A long list a page at a time: the next page loads when the reader scrolls to the end (or presses
 * "Tải thêm"). Rows off screen skip layout and paint (`content-visibility: auto`), which keeps a
 * table of thousands of loaded rows as light as a virtualised one, without a dependency.
 */
export function PagedTable<T>({
  pages,
  columns,
  rowKey,
  onRowClick,
  selectedKey,
  maxHeight = "calc(100vh - 320px)",
  testId = "paged-table",
  totalLabel,
  empty,
}: PagedTableProps<T>) {
  const { t } = useLang();
  const scroller = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const { loadMore, hasMore } = pages;
  const loadMoreRef = useRef(loadMore);
  loadMoreRef.current = loadMore;

  // Scrolling the last rows into view asks for the next page.
  useEffect(() => {
    const target = sentinel.current;
    if (!target || !hasMore) return;
    const seen = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) loadMoreRef.current();
      },
      { root: scroller.current, rootMargin: "200px" },
    );
    seen.observe(target);
    return () => seen.disconnect();
  }, [hasMore]);

  return (
    <Paper withBorder>
      <Box ref={scroller} mah={maxHeight} style={{ overflowY: "auto" }} data-testid={`${testId}-scroll`}>
        <Table
          layout="fixed"
          striped
          highlightOnHover={!!onRowClick}
          stickyHeader
          verticalSpacing={6}
          data-testid={testId}
        >
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c.key} w={c.width}>
                  {c.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pages.rows.map((row) => {
              const key = rowKey(row);
              return (
                <Table.Tr
                  key={key}
                  data-testid={`${testId}-row`}
                  aria-selected={selectedKey === key || undefined}
                  bg={selectedKey === key ? "blue.0" : undefined}
                  onClick={onRowClick ? () => onRowClick(row) : undefined}
                  style={{
                    cursor: onRowClick ? "pointer" : undefined,
                    contentVisibility: "auto",
                    containIntrinsicSize: "auto 36px",
                  }}
                >
                  {columns.map((c) => (
                    <Table.Td key={c.key}>{c.render(row)}</Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {pages.rows.length === 0 && (
          <Text c="dimmed" ta="center" p="lg" data-testid={`${testId}-empty`}>
            {empty ?? t("pages.empty")}
          </Text>
        )}
        <div ref={sentinel} style={{ height: 1 }} />
      </Box>
      <Group justify="space-between" p="xs" gap="xs">
        <Group gap="xs">
          {totalLabel && pages.total !== undefined && (
            <Text size="sm" fw={600} data-testid={`${testId}-total`}>
              {totalLabel(pages.total)}
            </Text>
          )}
          <Text size="sm" c="dimmed" data-testid={`${testId}-count`}>
            {pages.total !== undefined && !totalLabel
              ? t("pages.shownOf", { count: pages.rows.length, total: pages.total })
              : t("pages.shown", { count: pages.rows.length })}
          </Text>
        </Group>
        {hasMore ? (
          <Button
            size="xs"
            variant="light"
            onClick={loadMore}
            loading={pages.loadingMore}
            data-testid={`${testId}-more`}
          >
            {t("pages.more")}
          </Button>
        ) : pages.loadingMore ? (
          <Loader size="xs" />
        ) : (
          <Text size="sm" c="dimmed">
            {t("pages.end")}
          </Text>
        )}
      </Group>
    </Paper>
  );
}
