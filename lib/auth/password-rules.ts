// Password bounds, shared by the auth server (which enforces them) and the
// forms (which check and explain them before sending).
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
