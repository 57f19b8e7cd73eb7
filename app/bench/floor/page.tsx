import { notFound } from "next/navigation";
import { settings } from "@/lib/config/env";
import { ping } from "@/lib/events/public-queries";

/**
 * The floor page of bench:calendar: the root layout and one trivial query, nothing else. Off
 * unless BENCH_FLOOR is set (then a 404 like any unknown path).
 */
export default async function BenchFloorPage() {
  if (!settings().BENCH_FLOOR) notFound();
  const formats = await ping();
  return (
    <main>
      <h1>Boden</h1>
      <p>{formats}</p>
    </main>
  );
}
