import { describe, expect, it } from "vitest";

import { databaseProvider, parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("defaults to the embedded SQLite file", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe("file:./data/kindly.db");
    expect(databaseProvider(env.DATABASE_URL)).toBe("sqlite");
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseEnv({ DATABASE_URL: "  " }).DATABASE_URL).toBe("file:./data/kindly.db");
  });

  it("accepts PostgreSQL URLs", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://kindly@db:5432/kindly" });
    expect(databaseProvider(env.DATABASE_URL)).toBe("postgresql");
  });

  it("names the variable when a value is wrong", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must start with "file:"/);
    expect(() => parseEnv({ DATABASE_POOL_MAX: "zero" })).toThrow(/DATABASE_POOL_MAX/);
    expect(() => parseEnv({ NODE_ENV: "staging" })).toThrow(/NODE_ENV/);
  });
});

describe("mail settings", () => {
  it("has no SMTP_URL unless one is given, and an empty one counts as unset", () => {
    expect(parseEnv({}).SMTP_URL).toBeUndefined();
    expect(parseEnv({ SMTP_URL: " " }).SMTP_URL).toBeUndefined();
    expect(parseEnv({ SMTP_URL: "smtps://kindly:secret@mail.example.com:465" }).SMTP_URL).toBe("smtps://kindly:secret@mail.example.com:465");
  });

  it("takes only smtp:// and smtps:// URLs", () => {
    expect(() => parseEnv({ SMTP_URL: "http://mail.example.com" })).toThrow(/SMTP_URL: must be an smtp/);
    expect(() => parseEnv({ SMTP_URL: "mail.example.com:25" })).toThrow(/SMTP_URL/);
  });

  it("sends from no-reply at the site's host unless MAIL_FROM says otherwise", () => {
    expect(parseEnv({ SITE_URL: "https://kindly.example.org" }).MAIL_FROM).toBe("Kindly <no-reply@kindly.example.org>");
    expect(parseEnv({ MAIL_FROM: "Aino <aino@example.org>" }).MAIL_FROM).toBe("Aino <aino@example.org>");
    expect(parseEnv({ MAIL_FROM: "aino@example.org" }).MAIL_FROM).toBe("aino@example.org");
    expect(() => parseEnv({ MAIL_FROM: "Kindly" })).toThrow(/MAIL_FROM: must be an address/);
    expect(() => parseEnv({ MAIL_FROM: "Kindly <a@b.example>\r\nBcc: x@y.example" })).toThrow(/MAIL_FROM/);
  });
});
