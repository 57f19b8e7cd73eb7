/** Reference lists of the Mainz demo. Organisations, people and addresses are fictional. */

export const demoOrganisations = [
  { slug: "fluechtlingskoordination", name: "Flüchtlingskoordination der Stadt Mainz", shortName: "Flüchtlingskoordination", kind: "office", email: "fluechtlingskoordination@example.org", phone: "06131 000000", trusted: true, active: true },
  { slug: "wohlfahrtsverband-rheinhessen", name: "Wohlfahrtsverband Rheinhessen e. V.", shortName: "Wohlfahrtsverband", kind: "partner", email: "bildung@wohlfahrt-rheinhessen.example.org", phone: "06131 000101", trusted: true, active: true },
  { slug: "volkshochschule-am-rhein", name: "Volkshochschule am Rhein", shortName: "VHS am Rhein", kind: "partner", email: "ehrenamt@vhs-am-rhein.example.org", phone: "06131 000202", trusted: false, active: true },
  { slug: "beratungsstelle-brueckenschlag", name: "Beratungsstelle Brückenschlag e. V.", shortName: "Brückenschlag", kind: "partner", email: "kontakt@brueckenschlag.example.org", phone: "06131 000303", trusted: false, active: true },
  { slug: "netzwerk-sprachmittlung", name: "Netzwerk Sprachmittlung Rheinhessen e. V.", shortName: "Netzwerk Sprachmittlung", kind: "partner", email: "info@sprachmittlung.example.org", phone: "06131 000404", trusted: false, active: true },
  { slug: "psychosoziales-zentrum-goldgrube", name: "Psychosoziales Zentrum Goldgrube", shortName: "PSZ Goldgrube", kind: "partner", email: "fortbildung@psz-goldgrube.example.org", phone: "06131 000505", trusted: true, active: true },
  { slug: "jugendhilfe-zitadelle", name: "Jugendhilfe Zitadelle gGmbH", shortName: "Jugendhilfe Zitadelle", kind: "partner", email: "team@jugendhilfe-zitadelle.example.org", phone: "06131 000606", trusted: false, active: true },
  { slug: "bildungswerk-kaestrich", name: "Bildungswerk Kästrich e. V.", shortName: "Bildungswerk Kästrich", kind: "partner", email: "seminare@bildungswerk-kaestrich.example.org", phone: "06131 000707", trusted: false, active: true },
  // Deactivated: its events must never appear publicly.
  { slug: "verein-altstadtbruecke", name: "Verein Altstadtbrücke e. V. (aufgelöst)", shortName: "Altstadtbrücke", kind: "partner", email: "info@altstadtbruecke.example.org", phone: null, trusted: false, active: false },
] as const;

export const demoFormats = [
  { slug: "einfuehrung", name: "Einführungsveranstaltung", description: "Grundlagen der Arbeit mit Geflüchteten und die Strukturen vor Ort: wer macht was, wen frage ich.", isSupervision: false },
  { slug: "fortbildung", name: "Fortbildung", description: "Vertiefung zu einem Thema der ehrenamtlichen Arbeit.", isSupervision: false },
  { slug: "gruppensupervision", name: "Gruppensupervision", description: "Kleine feste Gruppe, die sich mehrmals mit einer Supervisorin oder einem Supervisor trifft.", isSupervision: true },
  { slug: "helferkreis", name: "Helferkreis", description: "Austausch unter Ehrenamtlichen.", isSupervision: false },
  { slug: "infoabend", name: "Infoabend", description: "Informationen zu einem aktuellen Thema, offen für alle Interessierten.", isSupervision: false },
  { slug: "dankesfest", name: "Dankesfest", description: "Das jährliche Fest der Stadt für alle Ehrenamtlichen.", isSupervision: false },
] as const;

export const demoTopics = [
  { slug: "deeskalation", name: "Deeskalation" },
  { slug: "kindeswohlgefaehrdung", name: "Kindeswohlgefährdung" },
  { slug: "traumatisierung", name: "Traumatisierung" },
  { slug: "asylrecht", name: "Asylrecht" },
  { slug: "sprachmittlung", name: "Sprachmittlung" },
  { slug: "foerdermittel", name: "Fördermittel und Anträge" },
  { slug: "presse", name: "Presse- und Öffentlichkeitsarbeit" },
  { slug: "jobcenter", name: "Jobcenter" },
  { slug: "lsbtiq", name: "LSBTIQ*-Geflüchtete" },
  { slug: "interkulturelle-kommunikation", name: "Interkulturelle Kommunikation" },
  { slug: "selbstfuersorge", name: "Selbstfürsorge" },
  { slug: "wohnen", name: "Wohnungssuche" },
] as const;

const districts = ["Altstadt", "Neustadt", "Oberstadt", "Hartenberg-Münchfeld", "Gonsenheim", "Mombach", "Bretzenheim", "Finthen", "Drais", "Lerchenberg", "Marienborn", "Hechtsheim", "Ebersheim", "Laubenheim", "Weisenau"];
const initiativeKinds = ["Willkommenskreis", "Sprachcafé", "Patenschaftsprojekt", "Hausaufgabenhilfe", "Begleitdienst", "Kleiderkammer", "Fahrradwerkstatt", "Frauentreff", "Spielgruppe", "Nachbarschaftshilfe", "Lotsenprojekt", "Wohnungspaten", "Mittagstisch"];

/** About 40 fictional volunteer initiatives, spread over the city's districts. */
export const demoInitiatives = Array.from({ length: 40 }, (_, i) => {
  const kind = initiativeKinds[i % initiativeKinds.length];
  const district = districts[(i * 7) % districts.length];
  return { slug: `${kind}-${district}`.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/é/g, "e").replace(/[^a-z0-9]+/g, "-"), name: `${kind} ${district}`, district };
}).filter((item, index, all) => all.findIndex((o) => o.slug === item.slug) === index);

export const demoVenues = [
  { key: "buergerhaus", name: "Bürgerhaus Beispielviertel", street: "Beispielstraße 12", postalCode: "55116", city: "Mainz", room: "Saal 1 (Erdgeschoss)", stepFree: true, accessibilityNotes: "Stufenloser Eingang, Aufzug, barrierefreie Toilette im Erdgeschoss. Induktionsschleife im Saal." },
  { key: "vhs", name: "Volkshochschule am Rhein, Haus am Fluss", street: "Uferweg 3", postalCode: "55116", city: "Mainz", room: "Raum 204 (2. Stock)", stepFree: true, accessibilityNotes: "Aufzug neben dem Haupteingang. Barrierefreie Toilette im 1. Stock." },
  { key: "rathaus-annex", name: "Stadthaus, Sitzungssaal B", street: "Musterplatz 5", postalCode: "55116", city: "Mainz", room: "Sitzungssaal B", stepFree: true, accessibilityNotes: "Eingang über die Rampe an der Rückseite. Behindertenparkplatz vor dem Haus." },
  { key: "gemeindezentrum", name: "Gemeindezentrum Lindenhof", street: "Lindenallee 40", postalCode: "55122", city: "Mainz", room: "Gruppenraum im 1. Stock", stepFree: false, accessibilityNotes: "Der Gruppenraum ist nur über eine Treppe (18 Stufen) erreichbar. Bitte melden Sie sich, dann suchen wir einen anderen Raum." },
  { key: "psz", name: "Psychosoziales Zentrum Goldgrube", street: "Am Goldberg 8", postalCode: "55131", city: "Mainz", room: "Seminarraum", stepFree: false, accessibilityNotes: "Drei Stufen am Eingang, kein Handlauf. Eine mobile Rampe ist auf Nachfrage vorhanden." },
  { key: "jugendhaus", name: "Jugendhaus Zitadellenweg", street: "Zitadellenweg 21", postalCode: "55131", city: "Mainz", room: "Werkstattraum", stepFree: true, accessibilityNotes: "Ebenerdig, breite Türen." },
  { key: "kaestrich", name: "Bildungswerk Kästrich, Seminarhaus", street: "Kästrichstufen 2", postalCode: "55118", city: "Mainz", room: "Seminarraum 3", stepFree: false, accessibilityNotes: "Altbau ohne Aufzug, Seminarraum im 2. Stock." },
  { key: "rheinufer", name: "Festzelt am Rheinufer", street: "Rheinuferpromenade", postalCode: "55116", city: "Mainz", room: null, stepFree: true, accessibilityNotes: "Ebener Zugang, mobile barrierefreie Toiletten." },
] as const;

export type DemoVenueKey = (typeof demoVenues)[number]["key"];
