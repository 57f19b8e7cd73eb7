import type {} from "next-intl";
import type { Messages } from "./messages";

declare module "next-intl" {
  interface AppConfig {
    Locale: "de";
    Messages: Messages;
  }
}
