// A camera reminder's answer through the review loop: a subpath of its own (`@par/ui/camera-reminders`),
// loaded with the screens that use it (the portal's reminders, the camera app's reminders).

export { ReminderAnswerCell } from "./reminder-answer-cell";
export { REMINDER_ANSWER_DICTIONARY } from "./reminder-answer-dictionary";
export { ReminderAnswerModal } from "./reminder-answer-modal";
export { ReminderAnswerPanel, type ReminderItem } from "./reminder-answer-panel";
export { useReminderPages } from "./use-reminder-pages";
