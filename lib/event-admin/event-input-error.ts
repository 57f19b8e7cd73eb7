/**
 * A problem with the editor's input that only the database can see (a format that was retired, an
 * answered question someone tries to remove). The action shows it next to `field`.
 */
export class EventInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "EventInputError";
  }
}
