/**
 * The page a form leads to after a registration or an application was sent: the same page whether
 * the address was new or already registered, so that nobody learns who takes part (issue 10). The
 * result and the private link go by mail to the address.
 */
export function requestReceivedPath(kind: "registration" | "application"): string {
  return kind === "application" ? "/anmeldung/eingegangen?art=bewerbung" : "/anmeldung/eingegangen";
}
