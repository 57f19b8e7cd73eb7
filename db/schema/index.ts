export * from "./organisations";
export * from "./catalog";
export * from "./venues";
export * from "./events";
export * from "./registrations";
export * from "./meta";
export * from "./mail";
export * from "./rate-limits";
