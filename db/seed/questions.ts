import type * as t from "@/db/schema";

type Question = Omit<typeof t.eventQuestions.$inferInsert, "eventId" | "id">;

/** Extra registration questions for some demo events, by the event's title. */
export const demoQuestions: Record<string, Question[]> = {
  "Sprachmittlung: dolmetschen ohne Profi zu sein": [
    { position: 1, kind: "multiple_choice", label: "Welche Sprachen sprechen Sie außer Deutsch?", required: true, options: ["Arabisch", "Dari/Farsi", "Ukrainisch", "Russisch", "Türkisch", "Englisch", "Französisch", "Andere Sprache"] },
    { position: 2, kind: "yes_no", label: "Dolmetschen Sie schon regelmäßig?", required: false, options: [] },
  ],
  "Deeskalation im Alltag: ruhig bleiben, wenn es laut wird": [
    { position: 1, kind: "yes_no", label: "Haben Sie schon einmal eine Deeskalations-Schulung besucht?", required: true, options: [] },
    { position: 2, kind: "long_text", label: "Gibt es eine Situation, über die wir sprechen sollen?", help: "Bitte ohne Namen anderer Personen.", required: false, options: [] },
  ],
  "Dankesfest für alle Ehrenamtlichen": [
    { position: 1, kind: "single_choice", label: "Wie viele Personen bringen Sie mit?", required: true, options: ["Ich komme allein", "1 Person", "2 Personen", "3 Personen", "4 oder mehr Personen"] },
    { position: 2, kind: "short_text", label: "Essenswünsche", help: "Zum Beispiel vegetarisch, vegan, ohne Schweinefleisch.", required: false, options: [] },
  ],
};
