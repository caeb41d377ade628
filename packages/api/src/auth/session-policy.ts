/**
 * Session and sign-in limits. 8 hours idle covers a working day at the desk; 7 days absolute makes a
 * forgotten session on a shared office computer end within the week.
 */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
/** last_seen is written at most this often, not on every request. */
export const SESSION_TOUCH_MS = 60 * 1000;

export const SESSION_COOKIE = "par_session";

/** Failed sign-ins in the window that lock a username, and an address (an office NAT serves many users). */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const LOGIN_MAX_FAILURES_PER_USERNAME = 5;
export const LOGIN_MAX_FAILURES_PER_IP = 20;
