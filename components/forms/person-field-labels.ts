type PersonField = "firstName" | "lastName" | "email" | "phone" | "initiative" | "initiativeName" | "initiativeOtherLabel";

/**
 * The error summary's names of the person fields that the registration and the application form
 * share, from the "registration.fields" texts (`useTranslations("registration.fields")`).
 */
export function personFieldLabels(f: (key: PersonField) => string): Record<string, string> {
  return {
    firstName: f("firstName"),
    lastName: f("lastName"),
    email: f("email"),
    phone: f("phone"),
    initiativeChoice: f("initiative"),
    initiativeName: f("initiativeName"),
    initiativeOther: f("initiativeOtherLabel"),
  };
}
