// The group exercise, the prioritisation with dots and the consent round on the phone
// (docs/protocol.md, "Group exercise, prioritisation, consent round"). app.js owns the connection, the
// outbox and the store in localStorage; this module owns what the phone shows and sends for these three
// kinds of agenda item. Everything it sends goes through app.js's outbox, so it survives a lock screen,
// a reload or a Wi-Fi drop, and is removed only on an Ack.

import { GROUP_KINDS, GROUP_METHODS } from "./groupkinds.js";

// The limits of docs/protocol.md; the server checks them again.
const LIMITS = { text: 300, oplossingen: 5, oplossing: 500, role: 80, term: 80, comments: 1000, perGroup: 20 };
const OWNERS = [
  { code: "cbs", view: "cbsVb", label: "CBS/VB" },
  { code: "mat", view: "mat", label: "MAT" },
  { code: "beide", view: "beide", label: "Beide" },
  { code: "rol", view: "rol", label: "Een rol" },
];
const CHOICES = [
  { code: "akkoord", label: "Akkoord" },
  { code: "bedenking", label: "Bedenking" },
  { code: "bezwaar", label: "Bezwaar" },
];
const MAX_FORMS = 20; // werkpunt drafts kept (typed, not yet acknowledged)
const MAX_KEPT = 10;  // dot drafts and "seen" marks kept

export function createGroupwork(app) {
  const { h, setText, setValue, plural, shorten } = app;

  let mine = null;          // JoinResponse.mine, replaced by every groupWorkChanged(mine)
  let pickingGroup = false; // "Andere groep kiezen"
  let timer = null;         // { paused, leftMs } or { paused: false, deadline } in Date.now() time
  let tick = null;
  let refreshTimer = null;
  let activityChanged = false;
  let notice = null;        // { text, kind } on the board: "✓ Werkpunt toegevoegd."
  let noticeTimer = null;
  let built = null;         // { signature, root, update } of the screen on the page
  let scrollToConflict = false;
  let focusAfterBuild = null;

  // ---- what is current ------------------------------------------------------------------------

  const store = () => app.store();
  const outbox = () => store()?.outbox ?? [];
  const current = () => app.state.room?.current ?? null;
  const kind = () => current()?.kind ?? null;
  const exercise = () => (kind() === "groupExercise" ? current().exercise ?? null : null);
  const voteOf = () => (kind() === "prioritisation" || kind() === "consentRound" ? current().vote ?? { dots: 0, werkpunten: [] } : null);
  const lastPending = (method, match) => outbox().filter((i) => i.method === method && match(i.args)).pop() ?? null;

  // A group chosen but not yet acknowledged counts already, like a side.
  function myGroupId(ex) {
    const pending = lastPending("joinGroup", (a) => a.exerciseId === ex.activityId);
    return pending ? pending.args.groupId : mine?.groupId ?? null;
  }
  const myGroup = (ex) => ex.groups.find((g) => g.id === myGroupId(ex)) ?? null;
  // The board only counts when it is the board of the group the phone is in now.
  function boardOf(ex) {
    const board = mine?.board;
    return board && board.exerciseId === ex.activityId && board.groupId === myGroupId(ex) ? board : null;
  }
  const findWerkpunt = (ex, id) => boardOf(ex)?.werkpunten.find((w) => w.id === id) ?? null;

  // ---- werkpunt drafts: { formKey, exerciseId, werkpuntId, baseVersion, content, original, conflict,
  //      pendingKey, message } in store.wpForms; store.wpOpen is the form on screen ----------------

  const forms = () => store()?.wpForms ?? {};
  function openForm() {
    const ex = exercise();
    const form = forms()[store()?.wpOpen];
    return ex && form && form.exerciseId === ex.activityId ? form : null;
  }

  function putForm(form, open) {
    app.updateStore((s) => {
      const kept = (s.wpForms ??= {});
      delete kept[form.formKey];
      kept[form.formKey] = form;
      const keys = Object.keys(kept);
      for (const key of keys.slice(0, Math.max(0, keys.length - MAX_FORMS))) delete kept[key];
      if (open === true) s.wpOpen = form.formKey;
      if (open === false && s.wpOpen === form.formKey) s.wpOpen = null;
    });
  }

  function dropForm(formKey) {
    app.updateStore((s) => {
      if (s.wpForms) delete s.wpForms[formKey];
      if (s.wpOpen === formKey) s.wpOpen = null;
    });
  }

  function closeForm() {
    app.updateStore((s) => { s.wpOpen = null; });
  }

  const emptyContent = () => ({ text: "", oplossingen: [""], owner: "", ownerRole: "", term: "", comments: "" });

  function contentOf(c) {
    const text = (x) => String(x ?? "");
    const oplossingen = Array.isArray(c?.oplossingen) ? c.oplossingen.map(text).slice(0, LIMITS.oplossingen) : [];
    return {
      text: text(c?.text),
      oplossingen: oplossingen.length ? oplossingen : [""],
      owner: OWNERS.find((o) => o.code === c?.owner || o.view === c?.owner)?.code ?? "",
      ownerRole: text(c?.ownerRole),
      term: text(c?.term),
      comments: text(c?.comments),
    };
  }

  // What goes on the wire: trimmed, empty oplossingen left out, a role only with "een rol".
  function payloadOf(content) {
    const c = contentOf(content);
    return {
      text: c.text.trim(),
      oplossingen: c.oplossingen.map((o) => o.trim()).filter(Boolean),
      owner: c.owner,
      ownerRole: c.owner === "rol" ? c.ownerRole.trim() : "",
      term: c.term.trim(),
      comments: c.comments.trim(),
    };
  }

  const samePayload = (a, b) => JSON.stringify(payloadOf(a)) === JSON.stringify(payloadOf(b));

  // Checked on the phone before sending, with the field to go back to.
  function problemOf(content) {
    const p = payloadOf(content);
    const over = (text, limit) => text.length > limit;
    if (!p.text) return { field: "wp-text", text: "Typ eerst het werkpunt zelf." };
    if (over(p.text, LIMITS.text)) return { field: "wp-text", text: `Het werkpunt mag hoogstens ${LIMITS.text} tekens hebben. Nu zijn het er ${p.text.length}.` };
    const c = contentOf(content);
    const long = c.oplossingen.findIndex((o) => over(o.trim(), LIMITS.oplossing));
    if (long >= 0) return { field: `wp-oplossing-${long}`, text: `Oplossing ${long + 1} mag hoogstens ${LIMITS.oplossing} tekens hebben. Nu zijn het er ${c.oplossingen[long].trim().length}.` };
    if (p.owner === "rol" && !p.ownerRole) return { field: "wp-role", text: "Vul in welke rol het opneemt, bv. algemeen directeur." };
    if (over(p.ownerRole, LIMITS.role)) return { field: "wp-role", text: `De rol mag hoogstens ${LIMITS.role} tekens hebben.` };
    if (over(p.term, LIMITS.term)) return { field: "wp-term", text: `De termijn mag hoogstens ${LIMITS.term} tekens hebben.` };
    if (over(p.comments, LIMITS.comments)) return { field: "wp-comments", text: `De opmerkingen mogen hoogstens ${LIMITS.comments} tekens hebben. Nu zijn het er ${p.comments.length}.` };
    return null;
  }

  function ownerText(content) {
    const c = contentOf(content);
    if (c.owner === "rol") return c.ownerRole.trim() || "een rol";
    if (c.owner === "beide") return "CBS/VB en MAT samen";
    return OWNERS.find((o) => o.code === c.owner)?.label ?? "";
  }

  // A confirmation such as "✓ Werkpunt toegevoegd." belongs to the moment: it goes after a while.
  function say(text, kind) {
    notice = { text, kind };
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(() => { notice = null; app.render(); }, 8000);
  }

  // ---- actions ---------------------------------------------------------------------------------

  function send(method, args) {
    if (!app.enqueue(method, args)) return false;
    app.flushOutbox();
    return true;
  }

  function chooseGroup(ex, groupId, key = app.newKey()) {
    pickingGroup = false;
    app.state.error = null;
    if (groupId !== myGroupId(ex)) send("joinGroup", { exerciseId: ex.activityId, groupId, key });
    app.render();
    window.scrollTo(0, 0);
  }

  // The group's own QR code (/j/CODE?groep=GROUPID): join once per exercise. The key is the exercise's,
  // so a second scan (or a second tab) replays the first join instead of moving the phone again.
  function joinFromQr() {
    const ex = exercise();
    const s = store();
    if (!ex || !s?.qrGroup || !mine || s.qrJoined?.[ex.activityId]) return;
    if (!ex.groups.some((g) => g.id === s.qrGroup)) return;
    const groupId = s.qrGroup;
    app.updateStore((st) => { (st.qrJoined ??= {})[ex.activityId] = groupId; });
    const key = `qr-${ex.activityId}`.replace(/[^A-Za-z0-9_-]/g, "").slice(0, 64).padEnd(8, "0");
    if (groupId !== myGroupId(ex)) chooseGroup(ex, groupId, key);
  }

  function startNew(ex) {
    notice = null;
    const draft = Object.values(forms()).find((f) => f.exerciseId === ex.activityId && !f.werkpuntId && !f.pendingKey);
    putForm(draft ?? { formKey: `new-${app.newKey()}`, exerciseId: ex.activityId, werkpuntId: null, baseVersion: 0,
      content: emptyContent(), original: null, conflict: false, pendingKey: null, message: null }, true);
    focusAfterBuild = "wp-text";
    app.render();
    window.scrollTo(0, 0);
  }

  function startEdit(ex, werkpunt) {
    notice = null;
    const draft = forms()[`wp-${werkpunt.id}`];
    if (draft && draft.exerciseId === ex.activityId) putForm(draft, true);
    else {
      const content = contentOf(werkpunt.content);
      putForm({ formKey: `wp-${werkpunt.id}`, exerciseId: ex.activityId, werkpuntId: werkpunt.id, baseVersion: werkpunt.version,
        content, original: content, conflict: false, pendingKey: null, message: null }, true);
    }
    app.render();
    window.scrollTo(0, 0);
  }

  function editForm(change) {
    const form = openForm();
    if (!form || form.pendingKey) return;
    putForm({ ...form, ...change(form), message: null });
    app.render();
  }

  function saveForm() {
    const form = openForm();
    if (!form || form.pendingKey) return;
    const problem = problemOf(form.content);
    if (problem) {
      putForm({ ...form, message: { text: problem.text, kind: "error", field: problem.field } });
      app.render();
      document.querySelector(`[data-testid="${problem.field}"]`)?.focus();
      return;
    }
    const ex = exercise();
    const latest = form.werkpuntId ? findWerkpunt(ex, form.werkpuntId) : null;
    if (form.werkpuntId && !form.conflict && form.original && samePayload(form.content, form.original)
        && (!latest || latest.version === form.baseVersion)) {
      dropForm(form.formKey); // nothing changed: nothing to save
      say("Niets gewijzigd.", "info");
      app.render();
      return;
    }
    // After a conflict the participant has seen the newer version: the save now builds on it.
    const baseVersion = form.conflict && latest ? latest.version : form.baseVersion;
    const key = app.newKey();
    const args = { exerciseId: form.exerciseId, werkpuntId: form.werkpuntId, baseVersion, ...payloadOf(form.content), key };
    document.activeElement?.blur?.();
    if (!app.enqueue("saveWerkpunt", args)) {
      putForm({ ...form, message: { text: app.state.error ?? "Dit werkpunt is te groot om te versturen.", kind: "error" } });
      app.state.error = null;
      app.render();
      return;
    }
    putForm({ ...form, baseVersion, conflict: false, pendingKey: key, message: null });
    app.flushOutbox();
    app.render();
  }

  function cancelForm() {
    const form = openForm();
    if (!form) return;
    if (form.pendingKey) closeForm(); // still being sent: it stays in the outbox, the list shows it
    else dropForm(form.formKey);
    app.render();
  }

  function takeTheirs() {
    const form = openForm();
    const latest = form?.werkpuntId ? findWerkpunt(exercise(), form.werkpuntId) : null;
    if (!latest) return;
    const content = contentOf(latest.content);
    editForm(() => ({ content, original: content, baseVersion: latest.version, conflict: false }));
  }

  function plusOn(werkpunt) {
    const pending = lastPending("react", (a) => a.werkpuntId === werkpunt.id);
    return pending ? pending.args.on : (mine?.plusOnes ?? []).includes(werkpunt.id);
  }

  function togglePlus(werkpunt) {
    app.state.error = null;
    send("react", { werkpuntId: werkpunt.id, on: !plusOn(werkpunt), key: app.newKey() });
    app.render();
  }

  // ---- dots ------------------------------------------------------------------------------------

  const known = (vote) => new Set(vote.werkpunten.map((w) => w.id));

  function cleanDots(dots, vote) {
    const ids = known(vote);
    const out = {};
    for (const [id, n] of Object.entries(dots ?? {})) {
      const v = Math.trunc(Number(n));
      if (ids.has(id) && v > 0) out[id] = v;
    }
    return out;
  }

  const sumOf = (dots) => Object.values(dots).reduce((a, b) => a + b, 0);
  const sameDots = (a, b) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

  // What was sent: the newest spendDots still in the outbox, else what the server holds (mine.dots).
  function sentDots(activityId, vote) {
    const pending = lastPending("spendDots", (a) => a.activityId === activityId);
    if (pending) return { dots: cleanDots(pending.args.dots, vote), confirmed: false };
    const held = cleanDots(mine?.dots, vote);
    return Object.keys(held).length ? { dots: held, confirmed: true } : null;
  }

  function workingDots(activityId, vote) {
    const draft = store()?.dotDrafts?.[activityId];
    if (draft) return cleanDots(draft, vote);
    return sentDots(activityId, vote)?.dots ?? {};
  }

  function setDots(activityId, dots) {
    app.updateStore((s) => {
      const kept = (s.dotDrafts ??= {});
      delete kept[activityId];
      kept[activityId] = dots;
      const ids = Object.keys(kept);
      for (const id of ids.slice(0, Math.max(0, ids.length - MAX_KEPT))) delete kept[id];
    });
  }

  // Revealing the results closes the round (docs/rules.md), and the facilitator may close it before that.
  const votingClosed = (c) => Boolean(c.revealed) || c.phase === "closed";
  const closedNote = (c) => !votingClosed(c) ? "" : c.revealed ? "De stemming is gesloten. De resultaten staan op het scherm." : "De stemming is gesloten.";

  function stepDots(id, delta) {
    const c = current();
    const vote = voteOf();
    if (!vote || votingClosed(c)) return;
    const dots = workingDots(c.activityId, vote);
    const left = vote.dots - sumOf(dots);
    if (delta > 0 && left <= 0) {
      app.state.error = null;
      say(`Je hebt al je ${plural(vote.dots, "stip", "stippen")} gezet. Neem eerst een stip weg bij een ander werkpunt.`, "error");
      app.render();
      return;
    }
    const next = { ...dots, [id]: Math.max(0, (dots[id] ?? 0) + delta) };
    if (!next[id]) delete next[id];
    notice = null;
    setDots(c.activityId, next);
    app.render();
  }

  function submitDots() {
    const c = current();
    const vote = voteOf();
    if (!vote || votingClosed(c)) return;
    const dots = workingDots(c.activityId, vote);
    if (sumOf(dots) > vote.dots) return;
    notice = null;
    app.state.error = null;
    const s = store();
    send("spendDots", { activityId: c.activityId, dots, key: app.newKey(), seq: s.seq + 1 });
    app.render();
  }

  // ---- consent ---------------------------------------------------------------------------------

  function consentOf(activityId, werkpuntId) {
    const pending = lastPending("giveConsent", (a) => a.activityId === activityId && a.werkpuntId === werkpuntId);
    if (pending) return { choice: pending.args.choice, confirmed: false };
    const held = mine?.consent?.[werkpuntId];
    return held ? { choice: held, confirmed: true } : null;
  }

  function giveConsent(werkpuntId, choice) {
    const c = current();
    if (kind() !== "consentRound" || votingClosed(c)) return;
    if (consentOf(c.activityId, werkpuntId)?.choice === choice) return;
    app.state.error = null;
    send("giveConsent", { activityId: c.activityId, werkpuntId, choice, key: app.newKey() });
    app.render();
  }

  // ---- timer -----------------------------------------------------------------------------------

  // The countdown is endsAt − serverNow at receipt, so a phone with a wrong clock still counts right.
  function readTimer() {
    const t = exercise()?.timer;
    if (t?.pausedLeftMs != null) timer = { paused: true, leftMs: Math.max(0, t.pausedLeftMs) };
    else if (t?.endsAt && t.serverNow) timer = { paused: false, deadline: Date.now() + (Date.parse(t.endsAt) - Date.parse(t.serverNow)) };
    else timer = null;
    scheduleTick();
  }

  function timerLeftMs() {
    if (!timer) return null;
    return timer.paused ? timer.leftMs : Math.max(0, timer.deadline - Date.now());
  }

  // "De tijd is om" belongs to the group work: once the plenary feedback starts, the countdown is over and done.
  const timeIsUp = () => timerLeftMs() === 0 && !timer?.paused && !exercise()?.plenary;

  function scheduleTick() {
    clearTimeout(tick);
    tick = null;
    if (!timer || timer.paused) return;
    const left = timer.deadline - Date.now();
    if (left <= 0) return;
    tick = setTimeout(() => {
      built?.updateTimer?.();
      if (timerLeftMs() === 0) app.render(); // "De tijd is om" on the whole screen, once: no tick after this
      scheduleTick();
    }, (left % 1000) + 15);
  }

  const clock = (ms) => {
    const seconds = Math.ceil(ms / 1000);
    return `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
  };

  function timerBadge() {
    const el = h("div", { class: "gw-timer", "data-testid": "timer", role: "timer", "aria-live": "off" });
    const update = () => {
      const left = timerLeftMs();
      let text = "";
      let state = "";
      if (left == null || exercise()?.plenary) text = "";
      else if (timer.paused) { text = `${clock(left)} gepauzeerd`; state = "paused"; }
      else if (left <= 0) { text = "De tijd is om"; state = "up"; }
      else { text = `Nog ${clock(left)}`; state = left <= 60000 ? "last" : "running"; }
      if (el.textContent !== text) {
        // Paused: the time over "gepauzeerd", so the badge stays narrow next to a long group name.
        if (state === "paused") el.replaceChildren(h("span", { class: "gw-timer__value" }, clock(left)), " ", h("span", { class: "gw-timer__note" }, "gepauzeerd"));
        else el.textContent = text;
      }
      el.hidden = !text;
      el.dataset.state = state;
      el.setAttribute("aria-label", !text ? "" : timer.paused ? `Timer gepauzeerd, nog ${clock(left)}` : left <= 0 ? "De tijd is om" : `Nog ${clock(left)}`);
    };
    return { el, update };
  }

  // ---- screens ---------------------------------------------------------------------------------

  function screenName() {
    const k = kind();
    if (k === "prioritisation") return "dots";
    if (k === "consentRound") return "consent";
    const ex = exercise();
    if (!ex) return "waiting";
    if (!mine && !myGroupId(ex)) return "waiting";
    if (pickingGroup || !myGroupId(ex)) return "pick";
    return openForm() ? "form" : "board";
  }

  function signature() {
    const c = current();
    const name = screenName();
    const parts = [name, c?.activityId];
    if (name === "pick" || name === "board" || name === "form") parts.push(JSON.stringify(c.exercise.groups), myGroupId(c.exercise));
    if (name === "form") parts.push(store().wpOpen, openForm().werkpuntId);
    if (name === "dots" || name === "consent") parts.push(c.title, JSON.stringify(c.vote));
    return JSON.stringify(parts);
  }

  // Builds the screen once, then updates it in place: a push from the group must never take the text
  // from under a thumb, close the keyboard or scroll the page.
  function render(view) {
    const sig = signature();
    if (built && built.signature === sig && view.contains(built.root)) {
      built.update();
      return;
    }
    const focused = view.contains(document.activeElement) ? document.activeElement.dataset.testid : null;
    const screen = { pick: pickScreen, board: boardScreen, form: formScreen, dots: dotsScreen, consent: consentScreen,
      waiting: waitingScreen }[screenName()]();
    built = { ...screen, signature: sig };
    view.dataset.view = "group";
    view.dataset.form = "";
    view.replaceChildren(built.root);
    built.update();
    const wanted = focusAfterBuild ?? focused;
    focusAfterBuild = null;
    if (wanted) view.querySelector(`[data-testid="${CSS.escape(wanted)}"]`)?.focus();
  }

  const waitingScreen = () => ({ root: h("div", { class: "gw" }, h("p", { class: "lead" }, "Even laden…")), update() {} });

  function head(ex) {
    const badge = timerBadge();
    const group = h("p", { class: "gw-head__group", "data-testid": "my-group" });
    const root = h("div", { class: "gw-head" }, group, badge.el);
    return {
      root,
      update() {
        const g = myGroup(ex);
        group.replaceChildren("Je zit in groep: ", h("strong", {}, g?.name ?? "…"));
        badge.update();
        root.classList.toggle("is-up", timeIsUp());
      },
      updateTimer: badge.update,
    };
  }

  function pickScreen() {
    const ex = exercise();
    const buttons = ex.groups.map((g, i) => {
      const description = g.phase && g.phase !== g.name ? `Fase: ${g.phase}` : `Groep ${i + 1}`;
      return { id: g.id, el: h("button", { type: "button", class: "big side", "data-testid": `group-${g.id}`, onclick: () => chooseGroup(ex, g.id) },
        h("span", { class: "side__label" }, g.name), h("span", { class: "side__description" }, description)) };
    });
    const cancel = h("button", { type: "button", class: "big big--quiet", "data-testid": "group-cancel",
      onclick: () => { pickingGroup = false; app.render(); } }, "Annuleren");
    return {
      root: h("div", { class: "gw" },
        h("p", { class: "eyebrow" }, ex.title),
        h("h1", { class: "heading" }, "Kies je groep"),
        h("p", { class: "hint" }, "Scan de QR-code op je tafel, of tik op de groep waarin je zit."),
        h("div", { class: "choices gw-groups", role: "group", "aria-label": "Groepen" }, buttons.map((b) => b.el), cancel)),
      update() {
        const mineNow = myGroupId(ex);
        for (const b of buttons) {
          b.el.classList.toggle("is-selected", b.id === mineNow);
          b.el.setAttribute("aria-pressed", String(b.id === mineNow));
        }
        cancel.hidden = !mineNow;
      },
    };
  }

  function boardScreen() {
    const ex = exercise();
    const top = head(ex);
    const group = myGroup(ex);
    const seenKey = `${ex.activityId}:${group?.id}`;
    // The richtvragen are open the first time; after that they stay as the participant left them.
    const seen = store()?.gwSeen?.[seenKey];
    let shownOpen = seen ? seen.open : true;
    // "toggle" also fires when the element is created open: remember only what the participant changed.
    const details = h("details", { class: "gw-richtvragen", "data-testid": "richtvragen", open: shownOpen,
      ontoggle: () => { if (details.open !== shownOpen) { shownOpen = details.open; remember(seenKey, shownOpen); } } },
    h("summary", {}, `Richtvragen voor jullie groep (${group?.richtvragen.length ?? 0})`),
    h("ul", {}, (group?.richtvragen ?? []).map((r) => h("li", {}, r))));
    if (!seen) remember(seenKey, false);
    const timeUp = h("p", { class: "gw-timeup", "data-testid": "time-up", role: "alert" });
    const plenary = h("div", { class: "gw-plenary", "data-testid": "plenary", "aria-live": "polite" });
    const progressText = h("p", { class: "gw-progress__text", "data-testid": "progress" });
    const bar = h("span", { class: "gw-progress__fill" });
    const list = h("ul", { class: "gw-list", "data-testid": "werkpunten", "aria-label": "Jullie werkpunten" });
    const empty = h("p", { class: "hint gw-empty" });
    const note = h("p", { class: "form-message", "data-testid": "board-message", "aria-live": "polite" });
    const add = h("button", { type: "button", class: "big big--primary", "data-testid": "add-werkpunt", onclick: () => startNew(ex) }, "+ Werkpunt toevoegen");
    let listSig = null;

    const updateList = () => {
      const board = boardOf(ex);
      const now = exercise();
      const onScreen = now?.plenary && board && now.groups[now.plenaryGroup]?.id === board.groupId ? board.werkpunten[now.plenaryItem]?.id : null;
      const pendingNew = outbox().filter((i) => i.method === "saveWerkpunt" && !i.args.werkpuntId && i.args.exerciseId === ex.activityId);
      const items = (board?.werkpunten ?? []).map((w) => {
        const pending = lastPending("saveWerkpunt", (a) => a.werkpuntId === w.id);
        const draft = forms()[`wp-${w.id}`];
        return { w, content: pending ? pending.args : w.content, pending: Boolean(pending), conflict: Boolean(draft?.conflict),
          plus: now?.plenary ? plusOn(w) : null, plusCount: w.plusOnes + (plusOn(w) ? 1 : 0) - ((mine?.plusOnes ?? []).includes(w.id) ? 1 : 0),
          onScreen: w.id === onScreen };
      });
      const sig = JSON.stringify([app.isReady(), items.map((i) => [i.w.id, i.w.version, i.content, i.pending, i.conflict, i.plus, i.plusCount, i.onScreen]),
        pendingNew.map((i) => [i.key, i.args.text]), Boolean(board)]);
      const count = items.length + pendingNew.length;
      const target = Math.max(1, ex.targetPerGroup || 3);
      setText(progressText, board ? `${count} van ~${target} werkpunten${count >= target ? " ✓" : ""}` : "Je groep wordt geladen…");
      bar.style.width = `${Math.min(100, Math.round((count / target) * 100))}%`;
      progressText.parentElement?.classList.toggle("is-done", count >= target);
      const full = count >= LIMITS.perGroup;
      add.disabled = !board || full;
      setText(empty, board && count === 0 ? "Nog geen werkpunten. Voeg het eerste toe: wat moet beter in de samenwerking in deze fase?" : full ? `Jullie groep heeft het maximum van ${LIMITS.perGroup} werkpunten.` : "");
      if (sig === listSig) return;
      listSig = sig;
      const focused = list.contains(document.activeElement) ? document.activeElement.dataset.testid : null;
      list.replaceChildren(
        ...items.map((i) => werkpuntItem(ex, i)),
        ...pendingNew.map((i) => h("li", { class: "gw-item" },
          h("div", { class: "wp is-pending", "data-testid": `pending-werkpunt-${i.key}` }, cardBody(i.args),
            h("span", { class: "wp__state" }, app.isReady() ? "Versturen…" : "Wacht op verbinding…")))));
      if (focused) list.querySelector(`[data-testid="${CSS.escape(focused)}"]`)?.focus({ preventScroll: true });
    };

    return {
      root: h("div", { class: "gw" },
        // The exercise's title is the board's one heading (a screen reader's first stop), drawn as quietly as before.
        h("h1", { class: "eyebrow" }, ex.title),
        top.root,
        timeUp,
        plenary,
        group?.phase && group.phase !== group.name ? h("p", { class: "gw-phase" }, `Fase van de beleidscyclus: ${group.phase}`) : null,
        h("div", { class: "gw-task", "data-testid": "questions" },
          h("p", { class: "gw-task__label" }, "Strategische vraag"),
          h("p", { class: "gw-task__text" }, ex.strategicQuestion),
          h("p", { class: "gw-task__label" }, "Operationele vraag"),
          h("p", { class: "gw-task__text" }, ex.operationalQuestion)),
        group?.richtvragen.length ? details : null,
        h("div", { class: "gw-section" },
          h("h2", { class: "gw-section__title" }, "Jullie werkpunten"),
          h("div", { class: "gw-progress" }, progressText, h("span", { class: "gw-progress__bar", "aria-hidden": "true" }, bar))),
        list,
        empty,
        h("div", { class: "form-foot" }, note, add)),
      update() {
        top.update();
        const now = exercise();
        setText(timeUp, timeIsUp() ? "De tijd is om. Rond af en kijk naar het scherm." : "");
        updatePlenary(plenary, now);
        setText(note, notice?.text ?? "");
        note.className = `form-message form-message--${notice?.kind ?? "info"}`;
        updateList();
      },
      updateTimer() {
        top.updateTimer();
      },
    };
  }

  function remember(seenKey, open) {
    app.updateStore((s) => {
      const kept = (s.gwSeen ??= {});
      delete kept[seenKey];
      kept[seenKey] = { open };
      const keys = Object.keys(kept);
      for (const key of keys.slice(0, Math.max(0, keys.length - MAX_KEPT))) delete kept[key];
    });
  }

  function updatePlenary(el, ex) {
    if (!ex?.plenary) { el.hidden = true; el.replaceChildren(); return; }
    const group = ex.groups[ex.plenaryGroup];
    const board = boardOf(ex);
    const ours = board && group?.id === board.groupId;
    // The server names the werkpunt on the screen, whichever group it is from, so anyone can give it +1.
    const item = ex.plenaryWerkpunt ?? (ours ? board.werkpunten[ex.plenaryItem] : null);
    const sig = JSON.stringify([group?.id, ours, item?.id, item?.content.text, item && plusOn(item)]);
    el.hidden = false;
    if (el.dataset.sig === sig) return;
    el.dataset.sig = sig;
    el.replaceChildren(...[
      h("p", { class: "gw-plenary__title" }, `Terugkoppeling: groep ${group?.name ?? ex.plenaryGroup + 1}`),
      h("p", { class: "gw-plenary__text" }, ours ? "Jullie groep is aan de beurt." : "Kijk en luister mee naar het scherm."),
      item ? h("p", { class: "gw-plenary__item", "data-testid": "plenary-item" }, "Nu op het scherm: ", h("strong", {}, item.content.text)) : null,
      item ? h("button", { type: "button", class: `gw-plus gw-plus--screen${plusOn(item) ? " is-selected" : ""}`, "data-testid": "plus-onscreen",
        "aria-pressed": String(plusOn(item)), onclick: () => togglePlus(item) },
      h("span", { class: "gw-plus__sign" }, plusOn(item) ? "✓ +1" : "+1"), plusWhy()) : null,
      board?.werkpunten.length ? h("p", { class: "gw-plenary__hint" }, "Steun je een werkpunt van je groep? Tik op +1.") : null,
    ].filter(Boolean));
  }

  // The +1 buttons say what they mean to a screen reader after what they show ("+1 ik steun dit werkpunt"; pressed
  // or not), so the spoken name always starts with the visible one.
  const plusWhy = () => h("span", { class: "sr-only" }, " ik steun dit werkpunt");

  function cardBody(content) {
    const c = contentOf(content);
    const oplossingen = c.oplossingen.map((o) => o.trim()).filter(Boolean);
    const meta = [ownerText(c) && `Wie: ${ownerText(c)}`, c.term.trim() && `Termijn: ${c.term.trim()}`].filter(Boolean).join(" · ");
    return [
      h("span", { class: "wp__text" }, c.text),
      oplossingen.length ? h("span", { class: "wp__oplossingen" },
        oplossingen.slice(0, 2).map((o) => h("span", { class: "wp__oplossing" }, `→ ${shorten(o, 140)}`)),
        oplossingen.length > 2 ? h("span", { class: "wp__more" }, `en nog ${plural(oplossingen.length - 2, "oplossing", "oplossingen")}`) : null) : null,
      meta ? h("span", { class: "wp__meta" }, meta) : null,
    ];
  }

  function werkpuntItem(ex, i) {
    const state = i.pending ? (app.isReady() ? "Versturen…" : "Wacht op verbinding…") : i.conflict ? "⚠ Niet bewaard: iemand anders paste het aan. Tik om samen te voegen." : "";
    const card = h("button", { type: "button", class: `wp${i.pending ? " is-pending" : ""}${i.onScreen ? " is-on-screen" : ""}${i.conflict ? " has-conflict" : ""}`,
      "data-testid": `werkpunt-${i.w.id}`, onclick: () => startEdit(ex, i.w) },
    i.onScreen ? h("span", { class: "wp__badge" }, "Nu op het scherm") : null,
    cardBody(i.content),
    state ? h("span", { class: "wp__state" }, state) : null,
    // Its name is what it shows (a label of its own would leave out the badge and the oplossingen), then what a tap does.
    h("span", { class: "sr-only" }, " Tik om aan te passen."));
    const plus = i.plus == null ? null : h("button", { type: "button", class: `gw-plus${i.plus ? " is-selected" : ""}`,
      "data-testid": `plus-${i.w.id}`, "aria-pressed": String(i.plus),
      onclick: () => togglePlus(i.w) }, h("span", { class: "gw-plus__sign" }, i.plus ? "✓ +1" : "+1"), plusWhy(),
    i.plusCount > 0 ? h("span", { class: "gw-plus__count" }, String(i.plusCount)) : null);
    return h("li", { class: `gw-item${plus ? " has-plus" : ""}` }, card, plus);
  }

  function formScreen() {
    const ex = exercise();
    const top = head(ex);
    const start = openForm();
    const read = () => {
      const form = openForm();
      return {
        text: text.value,
        oplossingen: oplossingInputs.map((i) => i.value),
        owner: form?.content.owner ?? "",
        ownerRole: role.value,
        term: term.value,
        comments: comments.value,
      };
    };
    const changed = () => editForm(() => ({ content: read() }));
    const field = (label, id, control, extra) => h("div", { class: "gw-field" },
      h("label", { class: "gw-field__label", for: id }, label), control, extra);
    const counter = (testid) => h("p", { class: "text-count", "data-testid": testid });

    const text = h("textarea", { class: "text-input gw-text", id: "wp-text", "data-testid": "wp-text", rows: "3",
      placeholder: "bv. De adviesvraag aan het MAT komt vaak te laat", oninput: changed });
    const textCount = counter("wp-text-count");
    const oplossingBox = h("div", { class: "gw-oplossingen" });
    const oplossingInputs = [];
    const oplossingCounts = [];
    const addOplossing = h("button", { type: "button", class: "big big--quiet gw-add", "data-testid": "wp-add-oplossing",
      onclick: () => {
        const n = read().oplossingen.length;
        if (n >= LIMITS.oplossingen) return;
        editForm((f) => ({ content: { ...read(), oplossingen: [...read().oplossingen, ""] } }));
        oplossingInputs[n]?.focus();
      } }, "+ Oplossing toevoegen");
    const ownerButtons = OWNERS.map((o) => h("button", { type: "button", class: "gw-owner", "data-testid": `wp-owner-${o.code}`,
      onclick: () => {
        const content = read();
        const owner = content.owner === o.code ? "" : o.code;
        editForm(() => ({ content: { ...content, owner } }));
        if (owner === "rol") role.focus();
      } }, o.label));
    const role = h("input", { class: "text-input", id: "wp-role", "data-testid": "wp-role", type: "text", autocomplete: "off",
      placeholder: "bv. algemeen directeur", oninput: changed });
    const roleCount = counter("wp-role-count");
    const roleField = field("Welke rol?", "wp-role", role, roleCount);
    const term = h("input", { class: "text-input", id: "wp-term", "data-testid": "wp-term", type: "text", autocomplete: "off",
      placeholder: "bv. 2027 of binnen 6 maanden", oninput: changed });
    const termCount = counter("wp-term-count");
    const comments = h("textarea", { class: "text-input gw-comments", id: "wp-comments", "data-testid": "wp-comments", rows: "3",
      placeholder: "Wat wil je nog kwijt?", oninput: changed });
    const commentsCount = counter("wp-comments-count");
    const stale = h("p", { class: "note gw-stale", "data-testid": "wp-stale", role: "status" });
    const conflict = h("div", { class: "gw-conflict", "data-testid": "wp-conflict", role: "alert" });
    const message = h("p", { class: "form-message", "data-testid": "wp-message", "aria-live": "polite" });
    // The same problem right under the field it is about: the page scrolls there, far from "Bewaren".
    const fieldError = h("p", { class: "form-message form-message--error gw-field-error", "data-testid": "wp-field-error" });
    const saveButton = h("button", { type: "button", class: "big big--primary submit", "data-testid": "wp-save", onclick: saveForm }, "Bewaren");
    const cancelButton = h("button", { type: "button", class: "big big--quiet", "data-testid": "wp-cancel", onclick: cancelForm }, "Annuleren");
    let conflictSig = null;

    const showCount = (el, input, limit, always) => {
      const n = input.value.trim().length;
      setText(el, always || n >= limit * 0.8 ? `${n} / ${limit}` : "");
      el.classList.toggle("is-near", n >= limit - Math.min(50, limit / 5));
      el.classList.toggle("is-over", n > limit);
      input.setAttribute("aria-invalid", String(n > limit));
    };

    const syncOplossingen = (values, disabled) => {
      while (oplossingInputs.length < values.length) {
        const i = oplossingInputs.length;
        const input = h("textarea", { class: "text-input gw-oplossing", id: `wp-oplossing-${i}`, "data-testid": `wp-oplossing-${i}`, rows: "2",
          placeholder: i === 0 ? "bv. Een vaste adviestermijn van twee weken" : `Oplossing ${i + 1}`,
          "aria-label": `Oplossing ${i + 1}`, oninput: changed });
        const count = counter(`wp-oplossing-${i}-count`);
        oplossingInputs.push(input);
        oplossingCounts.push(count);
        oplossingBox.append(h("div", { class: "gw-oplossing-row" }, input, count));
      }
      while (oplossingInputs.length > values.length) {
        oplossingInputs.pop();
        oplossingCounts.pop();
        oplossingBox.lastElementChild.remove();
      }
      oplossingInputs.forEach((input, i) => {
        setValue(input, values[i]);
        input.disabled = disabled;
        showCount(oplossingCounts[i], input, LIMITS.oplossing, false);
      });
    };

    const root = h("div", { class: "gw gw-form" },
        top.root,
        h("h1", { class: "heading" }, start?.werkpuntId ? "Werkpunt aanpassen" : "Nieuw werkpunt"),
        stale,
        conflict,
        h("div", { class: "form" },
          field("Werkpunt", "wp-text", text, textCount),
          h("fieldset", { class: "gw-fieldset" },
            h("legend", { class: "gw-field__label" }, "Oplossingen voor de volgende legislatuur"),
            oplossingBox, addOplossing),
          h("fieldset", { class: "gw-fieldset" },
            h("legend", { class: "gw-field__label" }, "Wie neemt het op?"),
            h("div", { class: "gw-owners" }, ownerButtons), roleField),
          field("Termijn", "wp-term", term, termCount),
          field("Opmerkingen (niet verplicht)", "wp-comments", comments, commentsCount)),
        h("div", { class: "form-foot" }, message, saveButton, cancelButton));
    return {
      root,
      update() {
        top.update();
        const form = openForm();
        if (!form) return;
        const c = contentOf(form.content);
        const pending = Boolean(form.pendingKey);
        setValue(text, c.text);
        setValue(role, c.ownerRole);
        setValue(term, c.term);
        setValue(comments, c.comments);
        for (const input of [text, role, term, comments]) input.disabled = pending;
        syncOplossingen(c.oplossingen, pending);
        addOplossing.hidden = c.oplossingen.length >= LIMITS.oplossingen;
        addOplossing.disabled = pending;
        OWNERS.forEach((o, i) => {
          ownerButtons[i].classList.toggle("is-selected", c.owner === o.code);
          ownerButtons[i].setAttribute("aria-pressed", String(c.owner === o.code));
          ownerButtons[i].disabled = pending;
        });
        roleField.hidden = c.owner !== "rol";
        showCount(textCount, text, LIMITS.text, true);
        showCount(roleCount, role, LIMITS.role, false);
        showCount(termCount, term, LIMITS.term, false);
        showCount(commentsCount, comments, LIMITS.comments, false);
        if (form.message?.field === "wp-text" && !c.text.trim()) text.setAttribute("aria-invalid", "true");
        if (form.message?.field === "wp-role" && !c.ownerRole.trim()) role.setAttribute("aria-invalid", "true");

        const latest = form.werkpuntId ? findWerkpunt(ex, form.werkpuntId) : null;
        // The newer version next to what this participant typed: never silently overwritten.
        const showConflict = form.conflict && latest && !pending;
        conflict.hidden = !showConflict;
        const cSig = showConflict ? JSON.stringify([latest.version, latest.content]) : null;
        if (showConflict && cSig !== conflictSig) {
          conflict.replaceChildren(
            h("p", { class: "gw-conflict__title" }, "Iemand anders paste dit werkpunt net aan:"),
            h("div", { class: "gw-conflict__theirs", "data-testid": "wp-conflict-theirs" }, cardBody(latest.content),
              latest.content.comments ? h("span", { class: "wp__meta" }, `Opmerkingen: ${latest.content.comments}`) : null),
            h("p", { class: "gw-conflict__hint" }, "Jouw versie staat hieronder nog. Neem over wat je wil houden en tik opnieuw op Bewaren."),
            h("button", { type: "button", class: "big big--quiet", "data-testid": "wp-take-theirs", onclick: takeTheirs }, "Hun versie overnemen"));
        }
        conflictSig = cSig;
        if (showConflict && scrollToConflict) {
          scrollToConflict = false;
          requestAnimationFrame(() => conflict.scrollIntoView({ block: "start" }));
        }
        const gone = form.werkpuntId && !latest && boardOf(ex);
        setText(stale, !pending && !form.conflict && latest && latest.version > form.baseVersion
          ? "Let op: iemand anders paste dit werkpunt net aan. Als je bewaart, zie je beide versies en kies je zelf."
          : gone ? "Dit werkpunt staat niet meer op jullie lijst. De begeleider heeft het misschien verborgen of samengevoegd." : "");

        const errorAt = form.message?.field ? root.querySelector(`[data-testid="${form.message.field}"]`) : null;
        if (errorAt) {
          const anchor = errorAt.nextElementSibling?.classList.contains("text-count") ? errorAt.nextElementSibling : errorAt;
          if (anchor.nextElementSibling !== fieldError) anchor.after(fieldError);
          setText(fieldError, form.message.text);
        } else fieldError.remove();
        const shown = form.message ?? (!pending ? null : app.isReady() ? { text: "Versturen…", kind: "hint" }
          : { text: "Geen verbinding. Je werkpunt staat veilig op dit toestel en vertrekt zodra de verbinding terug is.", kind: "hint" });
        setText(message, shown?.text ?? "");
        message.className = `form-message form-message--${shown?.kind ?? "hint"}`;
        saveButton.disabled = pending;
        const label = pending ? "Bewaren…" : form.conflict ? "Opnieuw bewaren" : "Bewaren";
        if (saveButton.textContent !== label) saveButton.textContent = label;
        const cancelLabel = pending ? "Terug naar de lijst" : "Annuleren";
        if (cancelButton.textContent !== cancelLabel) cancelButton.textContent = cancelLabel;
      },
      updateTimer() {
        top.updateTimer();
      },
    };
  }

  // Werkpunten of all groups, grouped by group, in the order they come.
  function byGroup(werkpunten) {
    const groups = new Map();
    for (const w of werkpunten) {
      if (!groups.has(w.groupName)) groups.set(w.groupName, []);
      groups.get(w.groupName).push(w);
    }
    return [...groups];
  }

  function voteCard(w, ...controls) {
    const c = contentOf(w.content);
    const oplossingen = c.oplossingen.map((o) => o.trim()).filter(Boolean);
    const meta = [ownerText(c) && `Wie: ${ownerText(c)}`, c.term.trim() && `Termijn: ${c.term.trim()}`].filter(Boolean).join(" · ");
    return [
      h("p", { class: "vote__text" }, c.text),
      oplossingen.length ? h("ul", { class: "vote__oplossingen" }, oplossingen.map((o) => h("li", {}, o))) : null,
      meta ? h("p", { class: "vote__meta" }, meta) : null,
      ...controls,
    ];
  }

  function dotsScreen() {
    const c = current();
    const vote = voteOf();
    const left = h("p", { class: "points-left", "data-testid": "dots-left", "aria-live": "polite" });
    const note = h("p", { class: "note", "data-testid": "vote-note", role: "status" });
    const message = h("p", { class: "form-message", "data-testid": "form-message", "aria-live": "polite" });
    const submit = h("button", { type: "button", class: "big big--primary submit", "data-testid": "submit", onclick: submitDots }, "Versturen");
    const rows = vote.werkpunten.map((w) => {
      const count = h("span", { class: "dots__count", "data-testid": `dots-${w.id}` });
      const minus = h("button", { type: "button", class: "points__step", "data-testid": `dot-minus-${w.id}`,
        "aria-label": `${shorten(w.content.text, 60)}: een stip minder`, onclick: () => stepDots(w.id, -1) }, "−");
      const plus = h("button", { type: "button", class: "points__step", "data-testid": `dot-plus-${w.id}`,
        "aria-label": `${shorten(w.content.text, 60)}: een stip meer`, onclick: () => stepDots(w.id, 1) }, "+");
      const el = h("div", { class: "vote", "data-testid": `vote-${w.id}` },
        voteCard(w, h("div", { class: "dots__controls" }, minus, count, plus)));
      return { id: w.id, el, count, minus, plus };
    });
    const rowOf = new Map(rows.map((r) => [r.id, r]));
    return {
      root: h("div", { class: "gw" },
        h("h1", { class: "heading" }, c.title || "Prioriteren"),
        h("p", { class: "hint" }, `Je hebt ${plural(vote.dots, "stip", "stippen")}. Zet ze bij de werkpunten die voor jou het belangrijkst zijn. Je mag meer stippen op hetzelfde werkpunt zetten.`),
        note,
        left,
        vote.werkpunten.length ? null : h("p", { class: "lead" }, "Er zijn nog geen werkpunten om te prioriteren."),
        byGroup(vote.werkpunten).map(([name, list]) => h("section", { class: "vote-group" },
          h("h2", { class: "vote-group__title" }, `Groep ${name}`), list.map((w) => rowOf.get(w.id).el))),
        h("div", { class: "form-foot" }, message, submit)),
      update() {
        const now = current();
        const revealed = votingClosed(now);
        const dots = workingDots(now.activityId, vote);
        const spent = sumOf(dots);
        const free = vote.dots - spent;
        for (const r of rows) {
          const n = dots[r.id] ?? 0;
          r.count.replaceChildren(h("span", { class: "dots__pips", "aria-hidden": "true" }, n ? "●".repeat(Math.min(n, 10)) : "○"),
            h("span", { class: "dots__number" }, String(n)));
          r.count.setAttribute("aria-label", plural(n, "stip", "stippen"));
          r.minus.disabled = revealed || n <= 0;
          r.plus.disabled = revealed;
          r.plus.classList.toggle("is-spent", free <= 0);
          r.el.classList.toggle("has-points", n > 0);
        }
        setText(left, free === 0 ? `Alle ${plural(vote.dots, "stip", "stippen")} gezet ✓` : `Nog ${plural(free, "stip", "stippen")}`);
        left.hidden = revealed || vote.werkpunten.length === 0;
        left.classList.toggle("is-done", free === 0);
        setText(note, closedNote(now));
        const sent = sentDots(now.activityId, vote);
        const unchanged = sent ? sameDots(sent.dots, dots) : spent === 0;
        const shown = revealed ? null : notice ?? (spent === 0 && !sent ? { text: "Zet minstens één stip.", kind: "hint" }
          : !unchanged && free > 0 ? { text: `Je hebt nog ${plural(free, "stip", "stippen")} over. Je kan ook zo versturen.`, kind: "hint" } : null);
        setText(message, shown?.text ?? "");
        message.className = `form-message form-message--${shown?.kind ?? "hint"}`;
        submit.disabled = revealed || unchanged || spent > vote.dots;
        const label = sent && unchanged ? (sent.confirmed ? "✓ Verstuurd" : "Versturen…") : "Versturen";
        if (submit.textContent !== label) submit.textContent = label;
        submit.hidden = vote.werkpunten.length === 0;
      },
    };
  }

  function consentScreen() {
    const c = current();
    const vote = voteOf();
    const note = h("p", { class: "note", "data-testid": "vote-note", role: "status" });
    const counter = h("p", { class: "points-left", "data-testid": "consent-count", "aria-live": "polite" });
    const rows = vote.werkpunten.map((w) => {
      const buttons = CHOICES.map((choice) => h("button", { type: "button", class: `consent__choice consent__choice--${choice.code}`,
        "data-testid": `consent-${w.id}-${choice.code}`, onclick: () => giveConsent(w.id, choice.code) }, choice.label));
      const status = h("p", { class: "consent__status", "data-testid": `consent-status-${w.id}` });
      const el = h("div", { class: "vote", "data-testid": `vote-${w.id}` },
        voteCard(w, h("div", { class: "consent__choices", role: "group", "aria-label": `Jouw keuze voor: ${shorten(w.content.text, 60)}` }, buttons), status));
      return { id: w.id, el, buttons, status };
    });
    const rowOf = new Map(rows.map((r) => [r.id, r]));
    return {
      root: h("div", { class: "gw" },
        h("h1", { class: "heading" }, c.title || "Consentronde"),
        h("p", { class: "hint" }, "Geef per werkpunt aan of je het mee draagt. Akkoord: je staat erachter. Bedenking: je kan ermee leven, maar hebt een opmerking. Bezwaar: je kan er niet mee leven."),
        note,
        counter,
        vote.werkpunten.length ? null : h("p", { class: "lead" }, "Er zijn nog geen werkpunten."),
        byGroup(vote.werkpunten).map(([name, list]) => h("section", { class: "vote-group" },
          h("h2", { class: "vote-group__title" }, `Groep ${name}`), list.map((w) => rowOf.get(w.id).el)))),
      update() {
        const now = current();
        const revealed = votingClosed(now);
        let answered = 0;
        for (const r of rows) {
          const given = consentOf(now.activityId, r.id);
          if (given) answered++;
          CHOICES.forEach((choice, i) => {
            const on = given?.choice === choice.code;
            r.buttons[i].classList.toggle("is-selected", on);
            r.buttons[i].setAttribute("aria-pressed", String(on));
            r.buttons[i].disabled = revealed;
          });
          setText(r.status, !given ? "" : given.confirmed ? "✓ Ontvangen" : "Versturen…");
          r.status.classList.toggle("is-done", Boolean(given?.confirmed));
        }
        const total = vote.werkpunten.length;
        setText(counter, total ? `${answered} van ${total} werkpunten beoordeeld${answered === total ? " ✓" : ""}` : "");
        counter.classList.toggle("is-done", total > 0 && answered === total);
        counter.hidden = revealed || !total;
        setText(note, closedNote(now));
      },
    };
  }

  // ---- what app.js calls -----------------------------------------------------------------------

  return {
    handlesKind: (k) => GROUP_KINDS.has(k),
    handlesMethod: (method) => GROUP_METHODS.has(method),
    render,

    // Every room this phone applies (push, join, getState): the countdown restarts from its receipt.
    onRoom(previousActivityId) {
      activityChanged = current()?.activityId !== previousActivityId;
      if (activityChanged) {
        pickingGroup = false;
        notice = null;
      }
      readTimer();
    },

    // A roomChanged push. The server pushes groupWorkChanged for every change to this phone's group work,
    // but not a move to another activity (the dots and consent given there): then ask for the snapshot,
    // spread over a moment so sixty phones do not ask at once.
    afterRoomPush() {
      if (!activityChanged || !GROUP_KINDS.has(kind())) return;
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => app.refresh(), 150 + Math.random() * 600);
    },

    applyMine(next) {
      mine = next ?? null;
      // A draft waiting for an Ack that is no longer in the outbox (acknowledged in another tab): not waiting any more.
      const keys = new Set(outbox().map((i) => i.key));
      for (const form of Object.values(forms())) {
        if (form.pendingKey && !keys.has(form.pendingKey)) putForm({ ...form, pendingKey: null });
      }
      joinFromQr();
    },

    pickGroup() {
      pickingGroup = true;
      app.render();
      window.scrollTo(0, 0);
    },

    // An Ack for one of this module's methods (the item has left the outbox already).
    settle(item, ack) {
      const failed = () => { app.state.error = ack.message || "Dat is niet gelukt."; };
      switch (item.method) {
        case "saveWerkpunt": {
          const form = Object.values(forms()).find((f) => f.pendingKey === item.key);
          if (ack.ok) {
            if (form) dropForm(form.formKey);
            say(item.args.werkpuntId ? "✓ Werkpunt aangepast." : "✓ Werkpunt toegevoegd.", "done");
            return;
          }
          if (!form) { failed(); return; }
          const next = { ...form, pendingKey: null, message: null };
          if (ack.code === "edit-conflict") {
            next.conflict = true;
            scrollToConflict = store()?.wpOpen === form.formKey;
            app.refresh(); // make sure the newer version is on the phone
          } else if (ack.code === "unknown-werkpunt" && form.werkpuntId) {
            next.werkpuntId = null;
            next.baseVersion = 0;
            next.message = { text: "Dit werkpunt bestaat niet meer: de begeleider heeft het misschien samengevoegd of verborgen. Je tekst staat er nog: bewaar hem als nieuw werkpunt, of annuleer.", kind: "error" };
          } else {
            next.message = { text: ack.message || "Bewaren is niet gelukt.", kind: "error" };
          }
          putForm(next, store()?.wpOpen ? undefined : true); // reopen it when no other form is open
          return;
        }
        case "spendDots": {
          if (!ack.ok) { failed(); return; }
          if (ack.superseded) { app.refresh(); return; }
          const vote = voteOf();
          const draft = store()?.dotDrafts?.[item.args.activityId];
          if (draft && (!vote || sameDots(cleanDots(draft, vote), cleanDots(item.args.dots, vote)))) {
            app.updateStore((s) => { delete s.dotDrafts[item.args.activityId]; });
          }
          return;
        }
        case "joinGroup":
          if (!ack.ok) failed();
          return;
        default: // react, giveConsent
          if (!ack.ok) failed();
      }
    },

    // The line under the screen (app.js's #confirmation), for the dots: like an answer's.
    feedback() {
      const c = current();
      const vote = voteOf();
      if (kind() !== "prioritisation" || !vote) return null;
      const sent = sentDots(c.activityId, vote);
      if (!sent) return null;
      if (!sent.confirmed) return "Versturen…";
      if (!sameDots(sent.dots, workingDots(c.activityId, vote))) return "Je vorige stippen zijn ontvangen. Tik op Versturen om je wijziging door te geven.";
      return votingClosed(c) ? "✓ Je stippen zijn ontvangen." : "✓ Ontvangen. Je kan je stippen nog verschuiven tot de resultaten op het scherm staan.";
    },

    menu() {
      const ex = exercise();
      const group = ex ? myGroup(ex) : null;
      return { inExercise: Boolean(ex && mine), groupName: group?.name ?? null };
    },

    testState() {
      const ex = exercise();
      const vote = voteOf();
      const c = current();
      const board = ex ? boardOf(ex) : null;
      const form = openForm();
      const dots = kind() === "prioritisation" ? workingDots(c.activityId, vote) : null;
      return {
        screen: GROUP_KINDS.has(kind()) ? screenName() : null,
        groupId: ex ? myGroupId(ex) : null,
        werkpunten: board ? board.werkpunten.length : 0,
        timerLeftMs: ex ? timerLeftMs() : null,
        timerPaused: ex && timer ? timer.paused : null,
        plenary: Boolean(ex?.plenary),
        formOpen: form ? { werkpuntId: form.werkpuntId, pending: Boolean(form.pendingKey), conflict: Boolean(form.conflict) } : null,
        dotsLeft: dots ? vote.dots - sumOf(dots) : null,
        dots,
        consent: kind() === "consentRound"
          ? Object.fromEntries(vote.werkpunten.map((w) => [w.id, consentOf(c.activityId, w.id)?.choice ?? null])) : null,
        plusOnes: ex && board ? board.werkpunten.filter((w) => plusOn(w)).map((w) => w.id) : [],
      };
    },
  };
}
