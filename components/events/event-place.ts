/** "Bürgerhaus Beispielviertel, Mainz", "Online", or both for hybrid events. */
export function eventPlace(
  entry: { attendanceMode: string; venueName: string | null; venueCity: string | null },
  labels: { online: string; hybrid: (place: string) => string },
): string {
  const place = entry.venueName ? `${entry.venueName}${entry.venueCity ? `, ${entry.venueCity}` : ""}` : "";
  if (entry.attendanceMode === "online" || !place) return labels.online;
  if (entry.attendanceMode === "hybrid") return labels.hybrid(place);
  return place;
}
