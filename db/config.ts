/** Where the database lives: an embedded SQLite file by default, a libSQL server when the URL says so. */
export function databaseConfig(env: NodeJS.ProcessEnv = process.env) {
  return {
    url: env.DATABASE_URL || "file:./data/app.db",
    authToken: env.DATABASE_AUTH_TOKEN || undefined,
  };
}

export function isFileUrl(url: string): boolean {
  return url.startsWith("file:");
}
