/**
 * Names of the spam-protection fields of the registration and application forms, also published in
 * the API's OpenAPI document (so this file imports nothing of the server).
 * The honeypot is invisible to people, tempting to bots. Deliberately no name that browsers or
 * password managers autofill (such as "website"), so real people never trip it.
 */
export const HONEYPOT_FIELD = "zusatzangabe_leer";
export const STARTED_FIELD = "formStartedAt";
