import { join } from "node:path";
import { REPO_ROOT } from "../env";

/** The three single-page apps the server hosts, each built by Vite with `base` = its prefix. */
export const APPS = [
  {
    prefix: "/admin/",
    dist: join(REPO_ROOT, "apps/admin/dist"),
    titleVi: "Quản trị – Sở Nội vụ, Văn phòng UBND tỉnh",
    titleEn: "Administration – Department of Home Affairs, Provincial Office",
  },
  {
    prefix: "/portal/",
    dist: join(REPO_ROOT, "apps/unit-portal/dist"),
    titleVi: "Cổng đơn vị – sở, ngành, huyện",
    titleEn: "Unit portal – departments and districts",
  },
  {
    prefix: "/camera/",
    dist: join(REPO_ROOT, "apps/camera-monitor/dist"),
    titleVi: "Giám sát camera Bộ phận Một cửa",
    titleEn: "One-stop-shop camera monitoring",
  },
] as const;
