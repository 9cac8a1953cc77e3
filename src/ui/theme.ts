// Colours in one place. NO_COLOR is honoured by Ink's chalk itself.
export const theme = {
  accent: 'cyan',
  muted: 'gray',
  error: 'red',
  warn: 'yellow',
  ok: 'green',
};
