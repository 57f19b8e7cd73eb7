import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { derivedSecret, signInSettings } from "@/lib/config/auth-settings";
import { publicUrl } from "@/lib/config/env";
import { loadActor } from "./actor";
import { readSignInTicket } from "./sign-in-ticket";

/**
 * Auth.js: sessions as signed, encrypted JWT cookies. The one provider takes a sign-in ticket (see
 * sign-in-ticket.ts), and the session carries the account id and its session version; actor.ts
 * checks both against the database on every request.
 *
 * The configuration is built lazily (per request), so that building the app needs no secret.
 */
export const { auth, signIn, signOut } = NextAuth(() => ({
  secret: derivedSecret("auth-js"),
  trustHost: true,
  // Secure cookies (the "__Secure-" prefix) whenever the site is served over HTTPS, also when a
  // proxy does not pass X-Forwarded-Proto on.
  useSecureCookies: publicUrl().startsWith("https:"),
  session: { strategy: "jwt", maxAge: signInSettings().sessionHours * 3600 },
  pages: { signIn: "/intern/anmelden", error: "/intern/anmelden" },
  providers: [
    Credentials({
      credentials: { ticket: {} },
      async authorize(credentials) {
        const ticket = readSignInTicket(String(credentials?.ticket ?? ""));
        if (!ticket) return null;
        const actor = await loadActor(ticket.accountId, ticket.sessionVersion);
        if (!actor) return null;
        return { id: String(actor.accountId), name: actor.name, email: actor.email, sessionVersion: ticket.sessionVersion } as never;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.accountId = Number(user.id);
        token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, accountId: token.accountId as number, sessionVersion: token.sessionVersion as number };
    },
  },
}));
