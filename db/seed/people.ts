/** Fictional first and last names for demo registrations and trainers. */
export const firstNames = ["Anna", "Ben", "Clara", "David", "Elif", "Farid", "Greta", "Hamid", "Ines", "Jonas", "Karin", "Lukas", "Mira", "Nils", "Olga", "Paul", "Rana", "Sven", "Tanja", "Umut", "Vera", "Walid", "Yasmin", "Zoe", "Marta", "Peter", "Leyla", "Tobias", "Helga", "Samir"];
export const lastNames = ["Beispiel", "Muster", "Probst", "Lindner", "Sommer", "Winter", "Fischer", "Keller", "Brunnen", "Adler", "Berger", "Hofmann", "Engel", "Roth", "Vogel", "Wald", "Stein", "Brück", "Kranz", "Lorenz"];
export const trainers = [
  "Dr. Maria Beispiel (Diplom-Psychologin)",
  "Jens Muster (Rechtsanwalt für Migrationsrecht)",
  "Aylin Probst (Sozialpädagogin)",
  "Thomas Lindner (Deeskalationstrainer)",
  "Nadia Sommer (Dolmetscherin und Trainerin)",
  "Frank Keller (Supervisor DGSv)",
  "Sara Adler (Kinderschutzfachkraft)",
  "Kemal Berger (Jobcenter Mainz, Team Migration)",
  "Lena Hofmann (Journalistin)",
  "Robin Engel (Queere Beratung)",
];
