import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EMAIL_MAX_ATTEMPTS,
  EMAIL_SUBJECT_MAX,
  emailRetryDelayMs,
  notificationEmail,
} from "./notification-email";
import { NOTIFICATION_KINDS } from "./notification-rules";

describe("the e-mail copy of a notification", () => {
  it("Vietnamese subject, dd/mm/yyyy date, absolute link, English second", () => {
    const m = notificationEmail({
      kind: "response_submitted",
      subject: "Cập nhật sổ hộ tịch",
      unitName: "Huyện Xuân Lộc",
      dueDate: "2023-09-30",
      link: "/admin/responses?open=7",
      baseUrl: "https://cchc.example.vn/",
    });
    expect(m.subject).toBe("[PAR Inspect] Đơn vị gửi kết quả khắc phục cần xác minh: Cập nhật sổ hộ tịch");
    expect(m.url).toBe("https://cchc.example.vn/admin/responses?open=7");
    expect(m.text).toContain("Ngày: 30/09/2023");
    expect(m.text).not.toContain("2023-09-30");
    expect(m.text.indexOf("Đơn vị:")).toBeLessThan(m.text.indexOf("Unit:"));
  });

  it("any kind and subject: one line, bounded, always the link", () => {
    fc.assert(
      fc.property(fc.constantFrom(...NOTIFICATION_KINDS), fc.string({ maxLength: 2000 }), (kind, subject) => {
        const m = notificationEmail({
          kind,
          subject,
          unitName: "X",
          dueDate: null,
          link: "/portal/",
          baseUrl: "http://h",
        });
        expect(m.subject.length).toBeLessThanOrEqual(EMAIL_SUBJECT_MAX);
        expect(m.subject).not.toMatch(/[\r\n]/);
        expect(m.text).toContain("http://h/portal/");
      }),
      { numRuns: 100 },
    );
  });
});

describe("retries of an e-mail", () => {
  it("back off from a minute, doubling, never past six hours, and stop after a few tries", () => {
    expect([1, 2, 3].map(emailRetryDelayMs)).toEqual([60_000, 120_000, 240_000]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), (n) => {
        expect(emailRetryDelayMs(n + 1)).toBeGreaterThanOrEqual(emailRetryDelayMs(n));
        expect(emailRetryDelayMs(n)).toBeLessThanOrEqual(6 * 3_600_000);
      }),
      { numRuns: 50 },
    );
    expect(EMAIL_MAX_ATTEMPTS).toBeGreaterThan(3);
  });
});
