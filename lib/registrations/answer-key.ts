/**
 * Answers are keyed "q<id>" so that form field names ("answers.q12") stay valid identifiers.
 * In its own file (without zod) so that the registration form can use it without loading the schema.
 */
export const answerKey = (questionId: number) => `q${questionId}`;
