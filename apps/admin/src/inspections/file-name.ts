// Shared with the unit portal: the parser lives in @par/ui.
export { fileNameOf } from "@par/ui";
