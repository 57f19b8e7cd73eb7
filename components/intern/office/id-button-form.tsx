import { getTranslations } from "next-intl/server";
import { IdButtonFormClient, type IdButtonField } from "./id-button-form-client";

/** Where the error of an unknown id of each kind stands in "internOffice". */
const invalidKeys = { accountId: "accounts.errors.id", organisationId: "organisations.errors.id", itemId: "lists.errors.id" } as const satisfies Record<IdButtonField, string>;

type Props = Omit<React.ComponentProps<typeof IdButtonFormClient>, "invalidText">;

/**
 * A one-button form that acts on one row (deactivate, reactivate, send again); works without
 * JavaScript. A server component that hands the browser form its one error text, so that the page
 * needs no client catalogue of the office's texts.
 */
export async function IdButtonForm(props: Props) {
  const t = await getTranslations("internOffice");
  return <IdButtonFormClient {...props} invalidText={t(invalidKeys[props.field])} />;
}
