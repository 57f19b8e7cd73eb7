import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { feedbackEvent } from "../support/feedback-fixtures";
import type { AuthzContext } from "./context";

/**
 * The feedback form's action is public: it takes only a manage token. A guessed token, the token
 * of someone who did not attend, and a token of an event whose attendance is still open store
 * nothing and mark nobody. (The results page's data function is tried in tests/feedback.test.ts.)
 */
const guessedToken = "B".repeat(43);
const input = { overall: 5, helpful: 5, wouldRecommend: true, comment: "Probe" };

export const probes: Record<string, (c: AuthzContext) => Promise<void>> = {
  "app/(public)/anmeldung/[token]/rueckmeldung/actions.ts#submitFeedbackAction": async (c) => {
    const { submitFeedback } = await import("@/lib/feedback/commands");
    const answers = () => c.db.select({ id: c.t.feedbackAnswers.id }).from(c.t.feedbackAnswers);
    const before = (await answers()).length;
    const closed = await feedbackEvent(c, { organisationId: c.foreign.organisationId, people: ["no_show", "confirmed", "cancelled"] });
    const open = await feedbackEvent(c, { organisationId: c.foreign.organisationId, people: ["attended"], closed: false });
    expect(await submitFeedback(guessedToken, input)).toBe("not_found");
    expect(await submitFeedback("kein-token", input)).toBe("not_found");
    for (const p of closed.people) expect(await submitFeedback(p.token, input)).toBe("not_attended");
    expect(await submitFeedback(open.people[0].token, input)).toBe("not_closed");
    expect((await answers()).length).toBe(before);
    for (const p of [...closed.people, ...open.people]) {
      const [r] = await c.db.select({ feedbackGiven: c.t.registrations.feedbackGiven }).from(c.t.registrations).where(eq(c.t.registrations.id, p.id));
      expect(r.feedbackGiven).toBe(false);
    }
  },
};
