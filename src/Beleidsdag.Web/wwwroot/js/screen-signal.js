// The group timer's sound at zero, on the projector only (never on sixty phones). Browsers let a page make
// sound only after a click on it, so the facilitator clicks "Geluid aan" once on the screen. The choice is
// kept in sessionStorage; a reloaded page still needs one click before the browser lets it sound again,
// so the button comes back until then.
const storageKey = "beleidsdag:geluid";
let context = null;

function audio() {
  if (!context) {
    const AudioContext = window.AudioContext || window.webkitAudioContext;
    if (!AudioContext) return null;
    context = new AudioContext();
  }
  return context;
}

function tone(ctx, start, frequency, length) {
  const oscillator = ctx.createOscillator();
  const gain = ctx.createGain();
  oscillator.type = "sine";
  oscillator.frequency.value = frequency;
  // A short attack and release: without them the speaker clicks.
  gain.gain.setValueAtTime(0, start);
  gain.gain.linearRampToValueAtTime(0.6, start + 0.02);
  gain.gain.setValueAtTime(0.6, start + length - 0.05);
  gain.gain.linearRampToValueAtTime(0, start + length);
  oscillator.connect(gain).connect(ctx.destination);
  oscillator.start(start);
  oscillator.stop(start + length);
}

/** "on" when the screen may sound now, "off" when it needs the click, "unsupported" without Web Audio. */
export function status() {
  if (!(window.AudioContext || window.webkitAudioContext)) return "unsupported";
  if (sessionStorage.getItem(storageKey) !== "on") return "off";
  const ctx = audio();
  // Without a click resume() stays pending (it is not refused), so the state is read, not awaited.
  ctx.resume().catch(() => {});
  return ctx.state === "running" ? "on" : "off";
}

/** Called from the button's click, the user gesture the browser asks for; a soft tone confirms it. */
export async function enable() {
  const ctx = audio();
  if (!ctx) return "unsupported";
  await ctx.resume();
  sessionStorage.setItem(storageKey, "on");
  tone(ctx, ctx.currentTime + 0.01, 660, 0.15);
  return ctx.state === "running" ? "on" : "off";
}

/** Three short beeps, about a second in all. */
export function beep() {
  const ctx = audio();
  if (!ctx || ctx.state !== "running") return false;
  const now = ctx.currentTime + 0.02;
  [0, 0.35, 0.7].forEach((offset) => tone(ctx, now + offset, 880, 0.25));
  return true;
}
