import type { DemoVenueKey } from "./catalog-data";

/** Kinds of events the demo calendar repeats over nine months. Texts are fictional examples. */
export type EventTemplate = {
  title: string;
  summary: string;
  description: string;
  format: string;
  topics: string[];
  organisation: string;
  venue: DemoVenueKey | null;
  mode: "in_person" | "online" | "hybrid";
  capacity: number;
  sessions: number;
  /** Local start hour and length in minutes of each session. */
  hour: number;
  minutes: number;
  languages: string[];
  targetGroup: string;
};

const forAll = "Ehrenamtliche in der Flüchtlingshilfe in Mainz, ohne Vorkenntnisse";
const forActive = "Ehrenamtliche, die schon in einer Initiative mitarbeiten";

export const eventTemplates: EventTemplate[] = [
  { title: "Einführung: Ehrenamt in der Flüchtlingshilfe", summary: "Die Grundlagen: wer in Mainz was macht, wen Sie fragen können und wie Sie gut für sich sorgen.", description: "Sie möchten sich für geflüchtete Menschen engagieren oder haben gerade angefangen? An diesem Abend lernen Sie die Strukturen in Mainz kennen: Ämter, Beratungsstellen, Initiativen. Wir sprechen über Ihre Rolle als Ehrenamtliche und über Grenzen.\n\nSie bekommen eine Übersicht mit Ansprechpersonen zum Mitnehmen.", format: "einfuehrung", topics: ["interkulturelle-kommunikation"], organisation: "fluechtlingskoordination", venue: "rathaus-annex", mode: "in_person", capacity: 30, sessions: 1, hour: 18, minutes: 150, languages: ["de"], targetGroup: forAll },
  { title: "Deeskalation im Alltag: ruhig bleiben, wenn es laut wird", summary: "Wie Sie Konflikte früh erkennen und mit einfachen Mitteln entschärfen.", description: "In Unterkünften, bei Behördengängen oder in der Kleiderkammer kann es zu angespannten Situationen kommen. In dieser Fortbildung üben wir Haltung, Sprache und Körpersprache, die beruhigen. Mit praktischen Übungen in kleinen Gruppen.", format: "fortbildung", topics: ["deeskalation"], organisation: "wohlfahrtsverband-rheinhessen", venue: "buergerhaus", mode: "in_person", capacity: 16, sessions: 1, hour: 10, minutes: 360, languages: ["de"], targetGroup: forActive },
  { title: "Kindeswohlgefährdung erkennen und richtig handeln", summary: "Woran Sie Anzeichen erkennen, was Sie tun dürfen und wen Sie ansprechen.", description: "Ehrenamtliche sind oft nah an Familien. Diese Fortbildung erklärt, was eine Kindeswohlgefährdung ist, welche Anzeichen es gibt und welche Schritte richtig sind. Sie lernen die Ansprechpersonen beim Jugendamt und bei den freien Trägern kennen.", format: "fortbildung", topics: ["kindeswohlgefaehrdung"], organisation: "jugendhilfe-zitadelle", venue: "jugendhaus", mode: "in_person", capacity: 20, sessions: 1, hour: 17, minutes: 180, languages: ["de"], targetGroup: "Ehrenamtliche, die mit Kindern und Familien arbeiten" },
  { title: "Trauma verstehen: Begleitung von belasteten Menschen", summary: "Was Traumatisierung bedeutet und wie Sie stabil und hilfreich begleiten.", description: "Viele Geflüchtete haben Schlimmes erlebt. An zwei Abenden erfahren Sie, wie sich Traumatisierung zeigen kann, was hilft und was eher schadet. Ein Schwerpunkt ist der Schutz Ihrer eigenen Kräfte.", format: "fortbildung", topics: ["traumatisierung", "selbstfuersorge"], organisation: "psychosoziales-zentrum-goldgrube", venue: "psz", mode: "in_person", capacity: 18, sessions: 2, hour: 18, minutes: 150, languages: ["de"], targetGroup: forActive },
  { title: "Asylrecht kompakt: vom Antrag bis zur Duldung", summary: "Die wichtigsten Schritte des Asylverfahrens, verständlich erklärt.", description: "Ein Rechtsanwalt erklärt das Asylverfahren in einfachen Worten: Antrag, Anhörung, Bescheid, Klage, Duldung und Aufenthaltserlaubnis. Sie können eigene Fragen mitbringen (ohne Namen der Betroffenen).", format: "fortbildung", topics: ["asylrecht"], organisation: "beratungsstelle-brueckenschlag", venue: "vhs", mode: "hybrid", capacity: 40, sessions: 1, hour: 18, minutes: 120, languages: ["de"], targetGroup: forAll },
  { title: "Sprachmittlung: dolmetschen ohne Profi zu sein", summary: "Rollen, Grenzen und gute Praxis beim ehrenamtlichen Übersetzen.", description: "Wer zwischen Sprachen vermittelt, trägt Verantwortung. Wir klären Rollen und Schweigepflicht und üben typische Situationen beim Arzt und im Amt. Die Fortbildung richtet sich auch an Ehrenamtliche, die selbst geflüchtet sind.", format: "fortbildung", topics: ["sprachmittlung", "interkulturelle-kommunikation"], organisation: "netzwerk-sprachmittlung", venue: "buergerhaus", mode: "in_person", capacity: 14, sessions: 3, hour: 18, minutes: 120, languages: ["de", "ar", "fa"], targetGroup: "Ehrenamtliche Sprachmittlerinnen und Sprachmittler" },
  { title: "Fördermittel beantragen für Ihre Initiative", summary: "Welche Töpfe es gibt und wie ein guter Antrag aussieht.", description: "Ob Ausflug, Material oder Sprachkurs: Für viele Vorhaben gibt es Geld. Wir stellen Förderprogramme von Stadt, Land und Stiftungen vor und gehen Schritt für Schritt durch einen Antrag.", format: "fortbildung", topics: ["foerdermittel"], organisation: "bildungswerk-kaestrich", venue: null, mode: "online", capacity: 50, sessions: 1, hour: 19, minutes: 90, languages: ["de"], targetGroup: "Initiativen und Vereine" },
  { title: "Pressearbeit für Initiativen", summary: "So erzählen Sie von Ihrer Arbeit: Pressemitteilung, soziale Medien, Fotos.", description: "Gute Öffentlichkeitsarbeit gewinnt neue Ehrenamtliche und Unterstützung. Eine Journalistin zeigt, wie eine Pressemitteilung aufgebaut ist und worauf Sie bei Fotos und Datenschutz achten müssen.", format: "fortbildung", topics: ["presse"], organisation: "volkshochschule-am-rhein", venue: "vhs", mode: "in_person", capacity: 15, sessions: 1, hour: 18, minutes: 150, languages: ["de"], targetGroup: forActive },
  { title: "Neues aus dem Jobcenter", summary: "Aktuelle Regeln zu Leistungen, Arbeit und Ausbildung für Geflüchtete.", description: "Mitarbeitende des Jobcenters berichten über Änderungen und beantworten Fragen. Themen: Antragstellung, Mitwirkungspflichten, Arbeitsaufnahme, Anerkennung von Abschlüssen.", format: "infoabend", topics: ["jobcenter"], organisation: "fluechtlingskoordination", venue: "rathaus-annex", mode: "in_person", capacity: 60, sessions: 1, hour: 17, minutes: 120, languages: ["de"], targetGroup: forAll },
  { title: "Geflüchtete mit LSBTIQ*-Hintergrund unterstützen", summary: "Besondere Schutzbedarfe verstehen und sicher begleiten.", description: "Lesbische, schwule, bisexuelle, trans*, inter* und queere Geflüchtete erleben oft doppelte Ausgrenzung. Wir sprechen über Schutzbedarfe, Anlaufstellen und eine Haltung, die Vertrauen schafft.", format: "fortbildung", topics: ["lsbtiq", "asylrecht"], organisation: "beratungsstelle-brueckenschlag", venue: null, mode: "online", capacity: 25, sessions: 1, hour: 18, minutes: 120, languages: ["de", "en"], targetGroup: forAll },
  { title: "Gruppensupervision für Patinnen und Paten", summary: "In einer festen kleinen Gruppe über schwierige Erfahrungen sprechen.", description: "Die Gruppe trifft sich fünfmal mit einem erfahrenen Supervisor. Sie sprechen vertraulich über Situationen, die Sie beschäftigen, und entwickeln gemeinsam neue Wege. Die Teilnahme an allen Terminen ist erwünscht.", format: "gruppensupervision", topics: ["selbstfuersorge"], organisation: "psychosoziales-zentrum-goldgrube", venue: "psz", mode: "in_person", capacity: 10, sessions: 5, hour: 18, minutes: 120, languages: ["de"], targetGroup: "Ehrenamtliche in Patenschaften" },
  { title: "Helferkreis Oberstadt: Austausch und Planung", summary: "Ehrenamtliche aus der Oberstadt tauschen sich aus und planen gemeinsam.", description: "Offenes Treffen für alle, die in der Oberstadt aktiv sind oder es werden wollen. Wir teilen Erfahrungen, stimmen Termine ab und lernen uns kennen. Mit Kaffee und Kuchen.", format: "helferkreis", topics: ["interkulturelle-kommunikation"], organisation: "wohlfahrtsverband-rheinhessen", venue: "gemeindezentrum", mode: "in_person", capacity: 25, sessions: 1, hour: 18, minutes: 120, languages: ["de"], targetGroup: forAll },
  { title: "Wohnungssuche begleiten", summary: "Wie Sie bei der Suche nach einer Wohnung helfen können, ohne sich zu überfordern.", description: "Wohnraum ist knapp. Wir zeigen, welche Wege es gibt (Wohnberechtigungsschein, Genossenschaften, private Vermieter), welche Unterlagen nötig sind und wie Sie Betroffene stärken, selbst zu suchen.", format: "fortbildung", topics: ["wohnen"], organisation: "bildungswerk-kaestrich", venue: "kaestrich", mode: "in_person", capacity: 20, sessions: 1, hour: 18, minutes: 150, languages: ["de"], targetGroup: forActive },
  { title: "Selbstfürsorge im Ehrenamt", summary: "Eigene Grenzen erkennen und Kraft behalten.", description: "Wer viel gibt, braucht auch Ruhe. An diesem Vormittag geht es um Stress, Mitgefühlserschöpfung und kleine Übungen für den Alltag. Mit Zeit für Austausch.", format: "fortbildung", topics: ["selbstfuersorge", "traumatisierung"], organisation: "psychosoziales-zentrum-goldgrube", venue: "buergerhaus", mode: "in_person", capacity: 16, sessions: 1, hour: 10, minutes: 180, languages: ["de"], targetGroup: forAll },
  { title: "Interkulturelle Kommunikation: Missverständnisse verstehen", summary: "Wie Herkunft, Sprache und Erwartungen Gespräche prägen.", description: "Anhand von Beispielen aus dem Alltag der Initiativen sprechen wir über Höflichkeit, Direktheit, Zeit und Rollenbilder. Ziel ist, Missverständnisse früher zu erkennen und offen anzusprechen.", format: "fortbildung", topics: ["interkulturelle-kommunikation"], organisation: "volkshochschule-am-rhein", venue: "vhs", mode: "in_person", capacity: 20, sessions: 2, hour: 18, minutes: 150, languages: ["de", "en"], targetGroup: forAll },
  { title: "Infoabend: Ehrenamt in Mainz – einfach anfangen", summary: "Für alle, die sich engagieren möchten: Initiativen stellen sich vor.", description: "Initiativen aus der ganzen Stadt stellen ihre Arbeit vor. Sie erfahren, wo Hilfe gebraucht wird, und können direkt Kontakt aufnehmen.", format: "infoabend", topics: ["interkulturelle-kommunikation"], organisation: "fluechtlingskoordination", venue: "buergerhaus", mode: "in_person", capacity: 80, sessions: 1, hour: 18, minutes: 120, languages: ["de", "en"], targetGroup: "Alle Interessierten" },
];

/** The yearly thank-you celebration, placed once in the demo calendar. */
export const celebrationTemplate: EventTemplate = {
  title: "Dankesfest für alle Ehrenamtlichen",
  summary: "Die Stadt sagt Danke: mit Musik, Essen und Begegnung.",
  description: "Einmal im Jahr lädt die Stadt alle Ehrenamtlichen der Flüchtlingshilfe ein. Es gibt Essen aus vielen Ländern, Musik und ein Programm für Kinder. Bringen Sie gerne Ihre Familie mit.",
  format: "dankesfest",
  topics: [],
  organisation: "fluechtlingskoordination",
  venue: "rheinufer",
  mode: "in_person",
  capacity: 300,
  sessions: 1,
  hour: 15,
  minutes: 240,
  languages: ["de", "en", "ar"],
  targetGroup: "Alle Ehrenamtlichen mit ihren Familien",
};
