// The most common passwords of 8 or more characters (from published breach
// frequency lists, plus Finnish and Norwegian favourites). Refused at sign-up
// and on password change; compared in lower case.
export const COMMON_PASSWORDS = new Set([
  "password", "12345678", "123456789", "1234567890", "qwertyuiop", "11111111", "00000000", "87654321",
  "password1", "password12", "password123", "passw0rd", "p@ssw0rd", "p@ssword", "iloveyou", "iloveyou1",
  "sunshine", "princess", "football", "baseball", "superman", "starwars", "whatever", "trustno1",
  "qwerty123", "qwerty12", "1q2w3e4r", "1q2w3e4r5t", "1qaz2wsx", "zaq12wsx", "qazwsxedc", "asdfghjkl",
  "zxcvbnm1", "abcd1234", "abc12345", "aa123456", "a1234567", "12341234", "11223344", "12121212",
  "123123123", "987654321", "123456abc", "1234qwer", "q1w2e3r4", "q1w2e3r4t5", "welcome1", "welcome123",
  "letmein1", "letmein123", "monkey123", "dragon123", "master123", "shadow123", "michael1", "jennifer",
  "jordan23", "computer", "internet", "whatever1", "football1", "baseball1", "liverpool", "chelsea1",
  "arsenal1", "manchester", "michelle", "jessica1", "charlie1", "access14", "mustang1", "samantha",
  "1234abcd", "administrator", "admin123", "admin1234", "changeme", "changeme1", "default1", "secret123",
  "loveyou1", "lovelove", "blink182", "pokemon1", "minecraft", "fortnite", "unicorn1", "butterfly",
  "sunflower", "chocolate", "elephant", "basketball", "soccer12", "hockey12", "hello123", "helloworld",
  "freedom1", "thunder1", "matrix123", "summer2024", "summer2025", "summer2026", "winter2025", "spring2026",
  "asdf1234", "asdfasdf", "qwertyui", "qwerty1234", "zxcvbnm123", "1234567a", "12345678a", "123456789a",
  "salasana", "salasana1", "salasana123", "salasana1234", "kissa123", "koira123", "perkele1", "suomi123",
  "hyvapaiva", "kesakuu1", "passord", "passord1", "passord123", "hemmelig", "hemmelig1", "sommer2025",
  "sommer2026", "norge123", "fotball1", "kjaereste", "qwertzuiop", "trustme1", "letmein!", "password!",
  "kindly123", "linkedin", "linkedin1", "facebook", "facebook1", "instagram", "twitter1",
]);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}
