// Keyboard and presentation-clicker control of the console. Clickers send PageDown/PageUp (some send
// arrow keys) and "." or "b" to blank the screen. Keys typed into a form field are left alone.
const commands = {
  ArrowRight: "forward", PageDown: "forward", " ": "forward",
  ArrowLeft: "back", PageUp: "back",
  b: "blank", B: "blank", ".": "blank",
  o: "open", O: "open",
  s: "close", S: "close",
  r: "reveal", R: "reveal",
  v: "split", V: "split",
  g: "gaps", G: "gaps",
};

let handler = null;

export function listen(dotnet) {
  stop();
  handler = (event) => {
    const target = event.target;
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    if (target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
    const command = commands[event.key];
    if (!command) return;
    event.preventDefault();
    dotnet.invokeMethodAsync("OnKey", command);
  };
  document.addEventListener("keydown", handler);
  // Lets a browser test (and a curious facilitator) see that the keys are live.
  document.body.dataset.keys = "on";
}

export function stop() {
  if (handler) document.removeEventListener("keydown", handler);
  handler = null;
  delete document.body.dataset.keys;
}
