// What app.js must know of the group work before groupwork.js is loaded (it is loaded only when a group
// item starts, or when the outbox still holds something of it): which items, methods and error codes are its.

export const GROUP_KINDS = new Set(["groupExercise", "prioritisation", "consentRound"]);
export const GROUP_METHODS = new Set(["joinGroup", "saveWerkpunt", "react", "spendDots", "giveConsent"]);
export const GROUP_CODES = ["edit-conflict", "unknown-werkpunt", "not-in-group", "too-many-werkpunten",
  "field-too-long", "too-many-dots", "activity-not-open"];
