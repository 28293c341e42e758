// Which of a screen's first states to paint before React has read this
// browser's storage: "answer the questionnaire first", or room for the screen.
// An inline script in the layout's <head> marks <html> before the first paint
// when a saved policy is stored; CSS (app/globals.css) shows the matching
// state, so a first-time visitor sees the empty state straight from the HTML
// instead of a blank area until the scripts have run.

/** localStorage key of this browser's questionnaire draft and saved policy. */
export const STORAGE_KEY = "kindly.v1";

/** Set on <html> while this browser holds a saved policy. */
export const POLICY_HINT_ATTRIBUTE = "data-kindly-policy";

/** Keeps the mark in step when the store changes after the page has loaded. */
export function markPolicy(present: boolean) {
  document.documentElement.toggleAttribute(POLICY_HINT_ATTRIBUTE, present);
}

/**
 * The inline script. It marks <html> when the stored JSON has a draft and a
 * profile, the store's own test (the profile is validated later, where it is
 * used); storage that is blocked or holds no valid JSON means no mark.
 */
export const POLICY_HINT_SCRIPT =
  `try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(STORAGE_KEY)})||"null");` +
  `if(s&&typeof s=="object"&&s.draft&&s.profile)document.documentElement.setAttribute(${JSON.stringify(POLICY_HINT_ATTRIBUTE)},"")}catch(e){}`;
