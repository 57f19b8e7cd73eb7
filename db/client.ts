import "server-only";
import { connect, type Database } from "./connect";

// One client per server process; kept on globalThis so that hot reloads in development reuse it.
const globalForDb = globalThis as unknown as { __db?: Database };

export const db: Database = globalForDb.__db ?? connect().db;
globalForDb.__db = db;
