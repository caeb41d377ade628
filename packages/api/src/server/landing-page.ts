import { APPS } from "./apps";

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

const page = (title: string, body: string) => `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="icon" type="image/svg+xml" href="/favicon.svg">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1a1b1e}
a{display:block;padding:1rem;margin:.75rem 0;border:1px solid #ced4da;border-radius:8px;color:#1864ab;text-decoration:none}
a:hover{background:#f1f3f5}small{color:#868e96}code{background:#f1f3f5;padding:0 .25rem}</style></head>
<body>${body}</body></html>`;

export function landingPage(demo: boolean): string {
  const links = APPS.map(
    (a) =>
      `<a href="${a.prefix}"><strong>${escapeHtml(a.titleVi)}</strong><br><small>${escapeHtml(a.titleEn)}</small></a>`,
  ).join("");
  const demoNote = demo
    ? `<p><small>Chế độ trình diễn: dữ liệu mẫu tỉnh Đồng Nai 2023 / Demo mode: sample data of Đồng Nai 2023.</small></p>`
    : "";
  return page(
    "PAR Inspect – Kiểm tra CCHC",
    `<h1>Kiểm tra cải cách hành chính</h1><p>Tỉnh Đồng Nai · PAR Inspect</p>${links}${demoNote}`,
  );
}

export function notBuiltPage(prefix: string): string {
  return page(
    "Chưa build ứng dụng / App not built",
    `<h1>Ứng dụng chưa được build</h1><p>Thư mục <code>${escapeHtml(prefix)}</code> chưa có bản build. Hãy chạy <code>pnpm build</code> ở thư mục gốc rồi khởi động lại máy chủ.</p>
<p><small>The app at <code>${escapeHtml(prefix)}</code> has not been built. Run <code>pnpm build</code> at the repository root, then restart the server.</small></p>`,
  );
}
