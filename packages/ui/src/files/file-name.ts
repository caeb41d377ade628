/** The file name the server gives (RFC 5987 `filename*` first), else the last part of the URL. */
export function fileNameOf(disposition: string | null, url: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? "");
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition ?? "");
  return plain?.[1] ?? url.split("?")[0]!.split("/").pop()!;
}
