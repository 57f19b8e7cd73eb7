import { isIP } from "node:net";

/** The eight 16-bit groups of an IPv6 address (already checked with isIP), as numbers. */
function ipv6Groups(address: string): number[] {
  // An embedded IPv4 address at the end ("::ffff:192.0.2.1") stands for the last two groups.
  const text = address.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_all, a, b, c, d) =>
    [(Number(a) << 8) | Number(b), (Number(c) << 8) | Number(d)].map((g) => g.toString(16)).join(":"),
  );
  const parse = (part: string) => (part === "" ? [] : part.split(":").map((g) => parseInt(g, 16)));
  if (!text.includes("::")) return parse(text);
  const [head, tail] = text.split("::");
  const left = parse(head);
  const right = parse(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/**
 * The address as limits count it, or null when it is not an IP address: IPv4 as is, an
 * IPv4-mapped IPv6 address as its IPv4 address, any other IPv6 address as its /64 network (one
 * subscriber usually gets a whole /64, and rotating within it must not give fresh limits).
 */
export function limitAddress(raw: string): string | null {
  const address = raw.trim().replace(/%.*$/, ""); // a zone index ("fe80::1%eth0") says nothing about the client
  const version = isIP(address);
  if (version === 4) return address;
  if (version !== 6) return null;
  const groups = ipv6Groups(address.toLowerCase());
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6] >> 8, groups[6] & 255, groups[7] >> 8, groups[7] & 255].join(".");
  }
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(":")}::/64`;
}
