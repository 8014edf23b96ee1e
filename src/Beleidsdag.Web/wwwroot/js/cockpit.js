// Small layout helpers for the facilitator's cockpit (the console page).

/** Below this width the agenda starts folded away, so the results and the controls keep their room. */
export function isNarrow() {
  return window.innerWidth < 1280;
}

/** Keeps the room's current item in view in the agenda's own scroll area, without moving the page. */
export function showCurrentAgendaItem() {
  const list = document.querySelector("[data-agenda-scroll]");
  const current = list?.querySelector(".agenda-current");
  if (!list || !current) return;
  const top = current.getBoundingClientRect().top - list.getBoundingClientRect().top + list.scrollTop;
  if (top < list.scrollTop || top + current.offsetHeight > list.scrollTop + list.clientHeight) {
    list.scrollTop = Math.max(0, top - list.clientHeight / 3);
  }
}
