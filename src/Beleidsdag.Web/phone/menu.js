// The menu behind "☰ Menu": the code, the side, the group, and handing the device to someone else.

import { $ } from "./dom.js";
import { groupwork } from "./grouphost.js";
import { state } from "./state.js";
import { store, storeKey } from "./store.js";
import { render } from "./view.js";

// A shared tablet at a group table: the next person becomes a new participant (new token, new side).
// What this device still had to send is sent first, so nothing of the previous person is lost.
function startAsNewParticipant() {
  if (store().outbox.length > 0) {
    alert("Er wacht nog iets om verstuurd te worden. Probeer het zo meteen opnieuw.");
    return;
  }
  if (!confirm("Wil je dit toestel doorgeven aan een nieuwe deelnemer? Jij wordt dan afgemeld op dit toestel.")) return;
  localStorage.removeItem(storeKey(state.code));
  location.reload();
}

function openMenu() {
  $("menu").hidden = false;
  $("menu-button").setAttribute("aria-expanded", "true");
  $("change-side").focus();
}

export function closeMenu() {
  if ($("menu").hidden) return;
  $("menu").hidden = true;
  $("menu-button").setAttribute("aria-expanded", "false");
}

export function wireMenu() {
  $("menu-button").addEventListener("click", openMenu);
  $("menu-close").addEventListener("click", () => { closeMenu(); $("menu-button").focus(); });
  $("menu").addEventListener("click", (e) => { if (e.target === $("menu")) closeMenu(); });
  $("change-side").addEventListener("click", () => { closeMenu(); state.pickingSide = true; render(); });
  $("change-group").addEventListener("click", () => { closeMenu(); groupwork()?.pickGroup(); });
  $("new-participant").addEventListener("click", startAsNewParticipant);
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") closeMenu(); });
}
