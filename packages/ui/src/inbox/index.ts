// The inbox page loads on first visit (`@par/ui/inbox`): the bell in the header is all the first load needs.
export { InboxPage } from "./inbox-page";
