// NO_COLOR (https://no-color.org): set and not empty means no colour. Ink's chalk 5 does not read it,
// but it honours FORCE_COLOR=0, and only when it is first imported; so cli.tsx imports this module
// before Ink. Read-only and the profile stay visible without colour: they are words, not just hues.
if (process.env.NO_COLOR) process.env.FORCE_COLOR = '0';
export {};
