/**
 * What the server says, in Vietnamese then English, when the framework itself refuses a request
 * (tRPC's or fastify's own errors): never the libraries' English text or a JavaScript parser message.
 */
const HTTP_MESSAGES: Record<number, string> = {
  400: "Yêu cầu không hợp lệ / Invalid request",
  404: "Không tìm thấy / Not found",
  405: "Phương thức không được hỗ trợ ở địa chỉ này / Method not allowed at this address",
  408: "Hết thời gian chờ yêu cầu / Request timed out",
  413: "Dữ liệu gửi lên quá lớn / Request body too large",
  415: "Kiểu dữ liệu gửi lên không được hỗ trợ / Unsupported content type",
  429: "Quá nhiều yêu cầu, vui lòng thử lại sau / Too many requests, try again later",
  431: "Phần đầu (header) của yêu cầu quá lớn / Request headers too large",
};

export function httpMessage(status: number): string {
  return HTTP_MESSAGES[status] ?? (status >= 500 ? "Lỗi máy chủ / Server error" : HTTP_MESSAGES[400]!);
}

/** Our own messages are already "Tiếng Việt / English"; a library's are not. */
export function isBilingual(message: string | undefined): boolean {
  return Boolean(message?.includes(" / "));
}
