// The projector never scrolls: every element marked data-fit (a slide) is scaled, its --fit from 1 down,
// (or, when it fits with room to spare, its body's --grow from 1 up to data-fit-grow)
// until none of the boxes inside it marked data-fit-box overflows, whatever the slide holds and whatever
// the window's size. It stops where the text of its data-fit-base element would drop below
// data-fit-min-px: smaller is unreadable from the back of the room (and then the slide says so with
// data-fit-overflow). It runs on the screen page only, from the first (prerendered) paint on, and again
// after every change Blazor makes and every resize; all before the browser paints, so nothing is drawn unfitted.

const steps = 8;

function overflows(box) {
  return box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
}

function fits(el) {
  return !overflows(el) && ![...el.querySelectorAll("[data-fit-box]")].some(overflows);
}

function fit(el) {
  el.style.setProperty("--fit", "1");
  el.style.setProperty("--grow", "1");
  const base = el.querySelector("[data-fit-base]") || el;
  const minPx = parseFloat(el.dataset.fitMinPx || "0");
  const basePx = parseFloat(getComputedStyle(base).fontSize) || 16;
  const min = Math.min(1, Math.max(0.3, minPx / basePx));
  let lo = min, hi = 1;
  if (!fits(el)) {
    for (let i = 0; i < steps; i++) {
      const mid = (lo + hi) / 2;
      el.style.setProperty("--fit", String(mid));
      if (fits(el)) lo = mid; else hi = mid;
    }
    el.style.setProperty("--fit", String(lo));
  } else {
    grow(el);
  }

  // Still too much at the smallest readable size: say so, so a test (and a curious facilitator) can find it.
  el.toggleAttribute("data-fit-overflow", !fits(el));
}

// A slide with room to spare lets its body grow (up to data-fit-grow times), for the back of the room.
function grow(el) {
  const max = parseFloat(el.dataset.fitGrow || "1");
  if (max <= 1) return;
  let lo = 1, hi = max;
  el.style.setProperty("--grow", String(max));
  if (fits(el)) return;
  for (let i = 0; i < 6; i++) {
    const mid = (lo + hi) / 2;
    el.style.setProperty("--grow", String(mid));
    if (fits(el)) lo = mid; else hi = mid;
  }
  el.style.setProperty("--grow", String(lo));
}

function fitAll() {
  for (const el of document.querySelectorAll("[data-fit]")) fit(el);
  document.documentElement.dataset.fitted = String((Number(document.documentElement.dataset.fitted) || 0) + 1);
}

let observer = null;
function observe() {
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

function start() {
  if (observer) return;
  observer = new MutationObserver(() => {
    // Our own --fit changes are not mutations we watch, but stop anyway while measuring.
    observer.disconnect();
    fitAll();
    observe();
  });
  fitAll();
  observe();
  window.addEventListener("resize", fitAll);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
