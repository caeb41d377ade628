// Shared with the unit portal: the link lives in @par/ui.
export { DownloadLink } from "@par/ui";
