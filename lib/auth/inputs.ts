import { z } from "zod";

import { PASSWORD_MAX } from "@/lib/auth/password-rules";
import { lineText } from "@/lib/engine";

// The bodies of the better-auth endpoints Kindly exposes, checked before
// better-auth sees them, with the same bounds as Kindly's own forms. Password
// length within those bounds is left to better-auth, whose answers
// (PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG) the forms already explain; a
// password far past the longest allowed one never reaches it.

const EMAIL_MAX = 254;

export const ZEmail = z
  .string()
  .max(EMAIL_MAX, { message: `Too long: at most ${EMAIL_MAX} characters`, abort: true })
  .pipe(z.email({ message: "Not an email address (the forms trim spaces; the API takes none)" }));

// No control characters: besides being untypeable, scrypt's HMAC pads short keys with zero bytes, so
// "secret" and "secret\u0000" would be the same password.
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001f\u007f]*$/;

const ZPassword = z
  .string()
  .min(1, { message: "Enter the password" })
  .max(PASSWORD_MAX * 4, { message: `Too long: at most ${PASSWORD_MAX} characters`, abort: true })
  .regex(NO_CONTROL_CHARACTERS, { message: "A password has no control characters (tabs, line breaks, NUL)" });

/** A place on this site to go next: a path, never another site. */
const ZCallbackPath = z
  .string()
  .max(200)
  .regex(/^\/(?![/\\])[^\s]*$/, { message: "Must be a path on this site" });

/** The display name is the same one-line text as everywhere else; `image` and other fields are not taken. */
export const ZSignUp = z
  .object({
    name: lineText(80).pipe(z.string().min(1, { message: "Enter a name" })),
    email: ZEmail,
    password: ZPassword,
    callbackURL: ZCallbackPath.optional(),
  })
  .strict();

export const ZSignIn = z.object({ email: ZEmail, password: ZPassword, rememberMe: z.boolean().optional(), callbackURL: ZCallbackPath.optional() }).strict();

export const ZChangePassword = z.object({ currentPassword: ZPassword, newPassword: ZPassword, revokeOtherSessions: z.boolean().optional() }).strict();

/** Deleting an account always needs its password (better-auth would also accept a recent session alone). */
export const ZDeleteUser = z
  .object({
    password: z
      .string()
      .min(1, "Enter your password to delete the account.")
      .max(PASSWORD_MAX * 4, { abort: true })
      .regex(NO_CONTROL_CHARACTERS, { message: "A password has no control characters (tabs, line breaks, NUL)" }),
  })
  .strict();

/** Signing out takes no input: an empty body or `{}`. */
export const ZSignOut = z.object({}).strict();

// ---------------------------------------------------------------- email (only with SMTP_URL set)

/** Where a reset mail sends the person: a locale's reset page, e.g. "/fi/reset-password". */
const ZResetPage = z.string().regex(/^\/(en|fi|nb)\/reset-password$/, { message: "Must be a language's reset-password page" });

/** A password-reset token as better-auth makes them (24 letters and digits), with room to spare. */
const ZResetToken = z
  .string()
  .min(1, { message: "The link has no token" })
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { message: "Not a reset token" });

/** An email-verification token: a signed JWT (three base64url parts). */
const ZVerificationToken = z
  .string()
  .max(2048)
  .regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, { message: "Not a verification token" });

export const ZRequestPasswordReset = z.object({ email: ZEmail, redirectTo: ZResetPage }).strict();

export const ZResetPassword = z.object({ newPassword: ZPassword, token: ZResetToken }).strict();

export const ZSendVerificationEmail = z.object({ email: ZEmail, callbackURL: ZCallbackPath.optional() }).strict();

/** The query of the link in a verification mail. */
export const ZVerifyEmailQuery = z.object({ token: ZVerificationToken, callbackURL: ZCallbackPath.optional() }).strict();
