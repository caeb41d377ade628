import { expect, test } from "@playwright/test";
import { apiAs } from "./api-client";
import { signIn, snap } from "./helpers";

/**
 * Sở Nội vụ opens a remote-camera inspection from the camera app's monthly report (issue 10 §7): picks
 * Biên Hòa and June 2023, sees the reviews that become item 4's evidence, confirms; the inspection then
 * opens in the admin app with item 4 rated from the reviews and the violation's snapshot attached.
 */

// A minimal JPEG (SOI, APP0, EOI): sniffed as image/jpeg like a snapshot grabbed from the video.
const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9,
]);

test("a remote-camera inspection opened from the report has item 4 filled from the reviews", async ({
  page,
  baseURL,
}) => {
  const admin = await apiAs(baseURL!, "snv.admin");
  const plans = await admin.query<{ year: number }[]>("plans.list");
  if (!plans.some((p) => p.year === 2023))
    await admin.mutate("plans.create", { year: 2023, template: "dong-nai-2023" });
  await admin.dispose();

  // Two reviews of a Biên Hòa counter in June 2023 by the reviewer: one violation with a snapshot, one fine.
  const reviewer = await apiAs(baseURL!, "camera.1");
  const counters = await reviewer.all<{ id: number; shopUnitId: number; number: number; shopName: string }>(
    "camera.counters",
  );
  const counter = counters.find((c) => c.shopName === "Thành phố Biên Hòa" && c.number === 1)!;
  const snapshotId = crypto.randomUUID();
  const upload = await reviewer.ctx.post(`/files/camera/snapshots?counterId=${counter.id}&id=${snapshotId}`, {
    headers: { "content-type": "image/jpeg" },
    data: JPEG,
  });
  expect(upload.status(), await upload.text()).toBe(201);
  const base = { counterId: counter.id, note: "Quầy vắng người khi có công dân chờ" };
  const violation = await reviewer.mutate<{ review: { id: number } }>("camera.saveReview", {
    ...base,
    clientId: crypto.randomUUID(),
    watchedFrom: "2023-06-14T01:40:00.000Z",
    watchedTo: "2023-06-14T01:50:00.000Z",
    items: ["staff_absent"],
    severity: "serious",
    verdict: "violation",
    snapshotIds: [snapshotId],
  });
  await reviewer.mutate("camera.saveReview", {
    ...base,
    clientId: crypto.randomUUID(),
    watchedFrom: "2023-06-15T02:00:00.000Z",
    watchedTo: "2023-06-15T02:10:00.000Z",
    items: [],
    severity: "none",
    verdict: "ok",
    note: "",
    snapshotIds: [],
  });
  await reviewer.dispose();

  await signIn(page, "/camera/reports", "snv.admin");
  await page.getByRole("textbox", { name: "Tháng" }).fill("6");
  await page.getByRole("textbox", { name: "Năm" }).fill("2023");
  const row = page.getByTestId("report-table").locator("tr").filter({ hasText: "Thành phố Biên Hòa" });
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: "Mở kiểm tra qua camera" }).click();
  const modal = page.getByTestId("remote-inspection");
  await expect(modal.getByTestId("remote-from")).toHaveValue("01/06/2023");
  await expect(modal.getByTestId("remote-to")).toHaveValue("30/06/2023");
  await expect(modal.getByTestId("remote-counts")).toContainText(
    "2 lượt xem, 1 lượt vi phạm, 1 nghiêm trọng",
  );
  await expect(modal.getByTestId("remote-rating")).toHaveText("Chưa đạt");
  const evidence = modal.getByTestId("remote-evidence");
  await expect(evidence).toContainText(`#${violation.review.id}`);
  await expect(evidence).toContainText("14/06/2023");
  await snap(page, "camera-remote-inspection-preview");

  // A bad date is named in words, never as a field code.
  await modal.getByTestId("remote-to").fill("31/02/2023");
  await expect(modal).toContainText("Đến ngày");
  await expect(modal.getByTestId("remote-confirm")).toBeDisabled();
  await snap(page, "camera-remote-inspection-bad-date");
  await modal.getByTestId("remote-to").fill("30/06/2023");
  await expect(modal.getByTestId("remote-rating")).toHaveText("Chưa đạt");

  await modal.getByTestId("remote-confirm").click();
  await expect(page).toHaveURL(/\/admin\/inspections\/\d+$/, { timeout: 20_000 });
  const inspectionId = Number(new URL(page.url()).pathname.split("/").pop());
  await expect(page.getByText("Kiểm tra qua hệ thống camera giám sát Bộ phận Một cửa")).toBeVisible();

  // Item 4 really is filled: its rating, the note naming the review, and the snapshot as evidence.
  const api = await apiAs(baseURL!, "snv.admin");
  const detail = await api.query<{
    form: string;
    findings: { itemCode: string; rating: string; note: string }[];
  }>("inspections.get", { id: inspectionId });
  expect(detail.form).toBe("remote_camera");
  expect(detail.findings).toEqual([
    expect.objectContaining({
      itemCode: "4",
      rating: "chua_dat",
      note: expect.stringContaining(`#${violation.review.id}`),
    }),
  ]);
  const files = await api.query<{ id: string; itemCode: string; fileName: string }[]>("evidence.list", {
    inspectionId,
  });
  expect(files.map((f) => [f.itemCode, f.fileName])).toEqual([
    ["4", `camera-luot-xem-${violation.review.id}-1.jpg`],
  ]);
  const bytes = await api.ctx.get(`/files/evidence/${files[0]!.id}`);
  expect(Buffer.compare(await bytes.body(), JPEG)).toBe(0);
  await api.dispose();

  await page.getByTestId("tab-checklist").click();
  const area4 = page.getByTestId("checklist-area-4");
  await expect(area4).toContainText("Chưa đạt");
  await expect(area4).toContainText(`camera-luot-xem-${violation.review.id}-1.jpg`);
  await area4.scrollIntoViewIfNeeded();
  await snap(page, "admin-remote-camera-inspection");
});
