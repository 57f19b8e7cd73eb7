import { describe, expect, it } from "vitest";
import * as s from "@/lib/event-admin/editor-section-summaries";
import { translator } from "@/lib/i18n/translator";

// The editor's texts as the browser form passes them (useTranslations("internEvents.form")).
const events = translator("de", "internEvents");
const t: s.EditorSummaryTexts = (key, values) => events(`form.${key}`, values);

/** The summary lines of the folded parts of the event editor, and which optional parts start open. */
describe("editor section summaries", () => {
  it("say what is filled in, in words", () => {
    expect(s.basicsSummary({ title: " Deeskalation " }, "Fortbildung", t)).toBe("Deeskalation · Fortbildung");
    expect(s.basicsSummary({}, undefined, t)).toBe("Noch nichts eingetragen");
    expect(s.moreSummary({ trainer: "Dr. Lea Lang", topicIds: ["1", "2"], languages: "de" }, t)).toBe("Referent/in: Dr. Lea Lang · 2 Themen · 1 Sprache");
    expect(s.moreSummary({ trainer: "", topicIds: [], languages: [] }, t)).toBe("Nichts eingetragen (freiwillig)");
    expect(s.placeSummary({ attendanceMode: "hybrid", venueId: "3" }, "Bürgerhaus", t)).toBe("Vor Ort und online · Bürgerhaus");
    expect(s.placeSummary({ attendanceMode: "in_person", venueId: "neu", newVenue: { name: "Halle" } }, undefined, t)).toBe("Vor Ort · Neuer Ort: Halle");
    expect(s.sessionsSummary({ sessions: [{ date: "2027-02-03" }, { date: "" }, { date: "2027-01-12" }] }, t)).toBe("2 Termine, ab 12.01.2027");
    expect(s.sessionsSummary({ sessions: [{ date: "2027-01-12" }] }, t)).toBe("1 Termin am 12.01.2027");
    expect(s.registrationSummary({ capacity: "12" }, t)).toBe("12 Plätze");
    expect(s.questionsSummary({ questions: [{ label: "Erfahrung?" }, { label: "" }] }, t)).toBe("1 Frage");
    expect(s.seriesSummary({ repeat: "weekly", repeatCount: "4" }, t)).toBe("Wöchentlich, 4-mal");
    expect(s.seriesSummary({ repeat: "dates", repeatDates: ["2027-01-01", "", "2027-01-08"] }, t)).toBe("An 2 weiteren Tagen");
    expect(s.seriesSummary({ repeat: "none" }, t)).toBe("Nicht wiederholen");
  });

  it("open an optional part only when it holds something", () => {
    // German is ticked for every new event: it alone does not open the part.
    expect([s.moreFilled({ trainer: "", languages: ["de"] }), s.moreFilled({ topicIds: ["3"] })]).toEqual([false, true]);
    expect(s.registrationOptionsChanged({ reminderEnabled: true, certificateThresholdPercent: "75", openAfterStart: false, opensDate: "" })).toBe(false);
    expect(s.registrationOptionsChanged({ reminderEnabled: true, certificateThresholdPercent: "75", closesDate: "2027-01-10" })).toBe(true);
    expect(s.registrationOptionsChanged({ reminderEnabled: false, certificateThresholdPercent: "75" })).toBe(true);
    expect([s.newVenueFilled({ venueId: "2", newVenue: { name: "" } }), s.newVenueFilled({ venueId: "neu" }), s.newVenueFilled({ newVenue: { street: "Weg 1" } })]).toEqual([false, true, true]);
    expect([s.questionsFilled({ questions: [{ label: "" }] }), s.questionsFilled({ questions: [{ label: "Frage" }] })]).toEqual([false, true]);
    expect([s.seriesFilled({ repeat: "none" }), s.seriesFilled({ repeat: "monthly" })]).toEqual([false, true]);
  });
});
