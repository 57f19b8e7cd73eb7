/**
 * The longest free text a person may write. In its own file: the feedback form (a client
 * component) and the schema need it, and rules.ts would bring the database schema into the browser.
 */
export const COMMENT_MAX = 2000;
