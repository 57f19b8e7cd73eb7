import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { localDateTime } from "@/lib/dates/berlin";
import { fewSeatsThreshold } from "@/lib/events/rules";
import { seatBadge, seatBadgeMessage, type SeatBadge, type SeatBadgeFacts } from "@/lib/events/seat-badge";
import { loadMessages } from "@/lib/i18n/messages";

// onError throws: a missing key or placeholder would otherwise print the key and pass unnoticed.
const t = createTranslator({ locale: "de", messages: loadMessages("de"), namespace: "calendar.seats", onError: (error) => { throw error; } });
const text = (badge: SeatBadge) => {
  const { key, values } = seatBadgeMessage(badge);
  return t(key, values);
};

// An evening course on Thursday, 10 December 2026, 18:00–20:00 in Mainz; registration opens on
// 1 November 2026 at 09:00. Every instant is fixed: nothing depends on the day the test runs.
const event: SeatBadgeFacts = {
  status: "published",
  startsAt: localDateTime(2026, 12, 10, 18, 0),
  endsAt: localDateTime(2026, 12, 10, 20, 0),
  capacity: 20,
  registrationOpensAt: localDateTime(2026, 11, 1, 9, 0),
  registrationClosesAt: null,
  registrationClosed: false,
  openAfterStart: false,
};
const open = localDateTime(2026, 11, 20, 12, 0);
const asEvent = { supervision: false };
const asGroup = { supervision: true };
const badge = (facts: Partial<SeatBadgeFacts>, taken: number, now: Date, options = asEvent) => text(seatBadge({ ...event, ...facts }, taken, now, options));

describe("the seat badge of an event", () => {
  it("says Plätze frei, Nur noch N Plätze and Ausgebucht – Warteliste while registration is open", () => {
    expect(fewSeatsThreshold(20)).toBe(4);
    expect(badge({}, 0, open)).toBe("Plätze frei");
    expect(badge({}, 15, open)).toBe("Plätze frei"); // 5 left: one more than the threshold
    expect(badge({}, 16, open)).toBe("Nur noch 4 Plätze"); // exactly the threshold
    expect(badge({}, 19, open)).toBe("Nur noch 1 Platz");
    expect(badge({}, 20, open)).toBe("Ausgebucht – Warteliste");
    expect(badge({}, 23, open)).toBe("Ausgebucht – Warteliste"); // more taken than seats (capacity lowered)
    expect(seatBadge(event, 16, open, asEvent)).toEqual({ kind: "few", left: 4 });
  });

  it("uses at least 3 seats as 'few' for small events", () => {
    expect(badge({ capacity: 8 }, 4, open)).toBe("Plätze frei");
    expect(badge({ capacity: 8 }, 5, open)).toBe("Nur noch 3 Plätze");
  });

  it("says Anmeldung ab … (Berlin time) before the window opens, up to the second it opens", () => {
    const opens = event.registrationOpensAt!;
    expect(badge({}, 0, new Date(opens.getTime() - 1))).toBe("Anmeldung ab So., 1. Nov. 2026, 09:00 Uhr");
    expect(badge({}, 20, new Date(opens.getTime() - 1))).toBe("Anmeldung ab So., 1. Nov. 2026, 09:00 Uhr");
    expect(badge({}, 0, opens)).toBe("Plätze frei");
    // Summer time: 1 July 2026, 08:00 UTC is 10:00 in Mainz.
    expect(badge({ registrationOpensAt: new Date("2026-07-01T08:00:00Z") }, 0, new Date("2026-06-01T00:00:00Z"))).toBe("Anmeldung ab Mi., 1. Juli 2026, 10:00 Uhr");
  });

  it("says Anmeldung geschlossen after the deadline, also with free seats, and when closed early", () => {
    const deadline = localDateTime(2026, 12, 8, 12, 0);
    expect(badge({ registrationClosesAt: deadline }, 5, new Date(deadline.getTime() - 1))).toBe("Plätze frei");
    expect(badge({ registrationClosesAt: deadline }, 5, deadline)).toBe("Anmeldung geschlossen");
    expect(badge({ registrationClosesAt: deadline }, 20, deadline)).toBe("Anmeldung geschlossen");
    expect(badge({ registrationClosed: true }, 0, open)).toBe("Anmeldung geschlossen");
  });

  it("closes at the start without a deadline, and says Vorbei at the end", () => {
    expect(badge({}, 0, new Date(event.startsAt.getTime() - 1))).toBe("Plätze frei");
    expect(badge({}, 0, event.startsAt)).toBe("Anmeldung geschlossen");
    expect(badge({}, 0, event.endsAt)).toBe("Vorbei");
  });

  it("says Abgesagt for a cancelled event, whatever the seats and the time", () => {
    expect(badge({ status: "cancelled" }, 0, open)).toBe("Abgesagt");
    expect(badge({ status: "cancelled" }, 20, localDateTime(2027, 1, 1, 0, 0))).toBe("Abgesagt");
  });

  it("ignores openAfterStart for events that are not supervision groups", () => {
    expect(badge({ openAfterStart: true }, 0, localDateTime(2026, 12, 10, 19, 0))).toBe("Anmeldung geschlossen");
  });
});

describe("the seat badge of a supervision group", () => {
  // Three sessions: 10 December 2026 to 7 January 2027.
  const group: Partial<SeatBadgeFacts> = { capacity: 10, endsAt: localDateTime(2027, 1, 7, 20, 0) };
  const afterFirstSession = localDateTime(2026, 12, 17, 12, 0);

  it("reads like an event's badge while one may apply", () => {
    expect(badge(group, 3, open, asGroup)).toBe("Plätze frei");
    expect(badge(group, 7, open, asGroup)).toBe("Nur noch 3 Plätze");
    expect(badge(group, 10, open, asGroup)).toBe("Ausgebucht – Warteliste");
  });

  it("closes once the group has started, unless the organiser keeps it open until the last session", () => {
    expect(badge(group, 3, afterFirstSession, asGroup)).toBe("Anmeldung geschlossen");
    expect(badge({ ...group, openAfterStart: true }, 3, afterFirstSession, asGroup)).toBe("Plätze frei");
    expect(badge({ ...group, openAfterStart: true }, 10, afterFirstSession, asGroup)).toBe("Ausgebucht – Warteliste");
    expect(badge({ ...group, openAfterStart: true }, 3, group.endsAt!, asGroup)).toBe("Vorbei");
  });

  it("honours a deadline, an early close, the opening and a cancellation", () => {
    expect(badge({ ...group, registrationClosesAt: localDateTime(2026, 11, 30, 0, 0) }, 0, open, asGroup)).toBe("Plätze frei");
    expect(badge({ ...group, registrationClosesAt: localDateTime(2026, 11, 30, 0, 0) }, 0, localDateTime(2026, 11, 30, 0, 0), asGroup)).toBe("Anmeldung geschlossen");
    expect(badge({ ...group, registrationClosed: true }, 0, open, asGroup)).toBe("Anmeldung geschlossen");
    expect(badge(group, 0, localDateTime(2026, 10, 1, 0, 0), asGroup)).toBe("Anmeldung ab So., 1. Nov. 2026, 09:00 Uhr");
    expect(badge({ ...group, status: "cancelled" }, 0, open, asGroup)).toBe("Abgesagt");
  });
});

describe("the seat badge in both languages (ICU plurals)", () => {
  const translate = (locale: "de" | "en") => createTranslator({ locale, messages: loadMessages(locale), namespace: "calendar.seats", onError: (error) => { throw error; } });
  const say = (locale: "de" | "en", badge: SeatBadge) => {
    const { key, values } = seatBadgeMessage(badge, locale);
    return translate(locale)(key, values);
  };

  it("counts one place and several places in German", () => {
    expect(say("de", { kind: "few", left: 1 })).toBe("Nur noch 1 Platz");
    expect(say("de", { kind: "few", left: 3 })).toBe("Nur noch 3 Plätze");
  });

  it("counts one place and several places in English", () => {
    expect(say("en", { kind: "few", left: 1 })).toBe("Only 1 place left");
    expect(say("en", { kind: "few", left: 3 })).toBe("Only 3 places left");
    expect(say("en", { kind: "free", left: 12 })).toBe("Places available");
    expect(say("en", { kind: "full" })).toBe("Fully booked – waiting list");
    expect(say("en", { kind: "closed" })).toBe("Registration closed");
    expect(say("en", { kind: "cancelled" })).toBe("Cancelled");
    expect(say("en", { kind: "past" })).toBe("Over");
  });

  it("writes the opening date in the badge's language (British order, no 'Uhr')", () => {
    const opensAt = localDateTime(2026, 11, 1, 9, 0);
    expect(say("de", { kind: "notYetOpen", opensAt })).toBe("Anmeldung ab So., 1. Nov. 2026, 09:00 Uhr");
    expect(say("en", { kind: "notYetOpen", opensAt })).toBe("Registration opens Sun 1 Nov 2026, 09:00");
  });
});
