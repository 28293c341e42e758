// Which of a screen's first states to paint before React has read this
// browser's storage. An inline script in the layout's <head> marks <html>
// before the first paint when a questionnaire draft and when a saved policy are
// stored; CSS (app/globals.css) shows the matching state, so a first-time
// visitor sees the questionnaire's first step, or "answer the questionnaire
// first", straight from the HTML instead of a blank area until the scripts
// have run, and a returning one sees room for what their storage holds.

/** localStorage key of this browser's questionnaire draft and saved policy. */
export const STORAGE_KEY = "kindly.v1";

/** Set on <html> while this browser holds a saved policy. */
export const POLICY_HINT_ATTRIBUTE = "data-kindly-policy";

/** Set on <html> while this browser holds a questionnaire draft (every stored state has one). */
export const DRAFT_HINT_ATTRIBUTE = "data-kindly-draft";

/** Keeps the marks in step when the store changes after the page has loaded. */
export function markStored(state: { profile: unknown } | null) {
  document.documentElement.toggleAttribute(DRAFT_HINT_ATTRIBUTE, state !== null);
  document.documentElement.toggleAttribute(POLICY_HINT_ATTRIBUTE, Boolean(state?.profile));
}

/**
 * The inline script. It makes the store's own tests on the stored JSON: a
 * state counts when it has a draft, and holds a policy when it also has a
 * profile (validated later, where it is used). Storage that is blocked or
 * holds no valid JSON means no mark.
 */
export const POLICY_HINT_SCRIPT =
  `try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(STORAGE_KEY)})||"null"),h=document.documentElement;` +
  `if(s&&typeof s=="object"&&s.draft){h.setAttribute(${JSON.stringify(DRAFT_HINT_ATTRIBUTE)},"");` +
  `if(s.profile)h.setAttribute(${JSON.stringify(POLICY_HINT_ATTRIBUTE)},"")}}catch(e){}`;
