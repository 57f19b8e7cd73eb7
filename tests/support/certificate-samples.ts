import type { CertificateFacts } from "@/lib/certificates/facts";
import { localDateTime } from "@/lib/dates/berlin";

/** Sample certificates for the PDF tests: fixed dates, nothing depends on today. */

const berlin = (y: number, m: number, d: number, h: number, min = 0) => localDateTime(y, m, d, h, min);

export function ordinaryCertificate(overrides: Partial<CertificateFacts> = {}): CertificateFacts {
  const sessions = [
    { startsAt: berlin(2026, 11, 3, 18), endsAt: berlin(2026, 11, 3, 20, 30) },
    { startsAt: berlin(2026, 11, 10, 18), endsAt: berlin(2026, 11, 10, 20, 30) },
    { startsAt: berlin(2026, 11, 24, 17), endsAt: berlin(2026, 11, 24, 18, 30) },
  ];
  return {
    personName: "Anna-Lena Müller",
    eventTitle: "Asyl- und Aufenthaltsrecht für Ehrenamtliche: Grundlagen, Duldung und Ausbildungsförderung",
    formatName: "Fortbildung",
    isSupervision: false,
    topics: ["Asyl- und Aufenthaltsrecht", "Behördenbegleitung"],
    sessions,
    sessionsTotal: 4,
    minutesAttended: 390,
    providerName: "Caritasverband Mainz e. V.",
    issuedAt: new Date("2026-12-02T10:00:00Z"),
    code: "K7QM-3XRT-9PLD",
    verifyUrl: "https://fortbildung.mainz.example/bescheinigung/K7QM-3XRT-9PLD",
    ...overrides,
  };
}

export function supervisionCertificate(overrides: Partial<CertificateFacts> = {}): CertificateFacts {
  return {
    personName: "Jürgen Weiß-Öztürk",
    eventTitle: "Supervisionsgruppe für Ehrenamtliche in der Begleitung Geflüchteter (Frühjahr)",
    formatName: "Gruppensupervision",
    isSupervision: true,
    topics: ["Psychosoziale Unterstützung", "Selbstfürsorge"],
    sessions: Array.from({ length: 8 }, (_, i) => ({ startsAt: berlin(2026, 3, 2 + 7 * i, 18), endsAt: berlin(2026, 3, 2 + 7 * i, 19, 30) })),
    sessionsTotal: 10,
    minutesAttended: 8 * 90,
    providerName: "Diakonisches Werk Mainz-Bingen",
    issuedAt: new Date("2026-12-02T10:00:00Z"),
    code: "W4HX-72NB-QE3S",
    verifyUrl: "https://fortbildung.mainz.example/bescheinigung/W4HX-72NB-QE3S",
    ...overrides,
  };
}

/** `count` weekly sessions from 5 Jan 2027 (Tuesdays, 18:00–20:00 Berlin). */
export function manySessions(count: number): CertificateFacts["sessions"] {
  return Array.from({ length: count }, (_, i) => ({ startsAt: berlin(2027, 1, 5 + 7 * i, 18), endsAt: berlin(2027, 1, 5 + 7 * i, 20) }));
}
