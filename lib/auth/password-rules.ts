/** Passwords need at least this many characters (the browser's check and the server's). */
export const PASSWORD_MIN_LENGTH = 12;
