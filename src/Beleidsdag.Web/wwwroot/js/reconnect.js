// Starts Blazor so that it never gives up reconnecting, and answers its reconnect states in Dutch, without
// covering the page (the element #components-reconnect-modal replaces Blazor's English window):
//  - down (show, retrying, failed): the page keeps its last content; the notice says we reconnect;
//  - the server is back but does not know this circuit any more (it restarted): reload, once it answers.
(() => {
  const notice = document.getElementById("components-reconnect-modal");

  function reloadWhenServerAnswers() {
    const attempt = () =>
      fetch(location.href, { cache: "no-store" })
        .then((response) => (response.ok ? location.reload() : setTimeout(attempt, 2000)))
        .catch(() => setTimeout(attempt, 2000));
    attempt();
  }

  notice?.addEventListener("components-reconnect-state-changed", (event) => {
    switch (event.detail?.state) {
      case "rejected":
        // The server answered, and does not know this circuit (it restarted): start afresh.
        location.reload();
        break;
      case "resume-failed":
      case "failed":
        reloadWhenServerAnswers();
        break;
      case "paused":
        Blazor.resumeCircuit().then((resumed) => resumed || reloadWhenServerAnswers(), reloadWhenServerAnswers);
        break;
      case "hide":
        document.documentElement.dataset.circuit = "up";
        break;
      default:
        document.documentElement.dataset.circuit = "down";
        break;
    }
  });

  Blazor.start({
    circuit: {
      reconnectionOptions: {
        // Never give up (a venue's Wi-Fi or a restarted laptop can take minutes); try every second, then every three.
        maxRetries: Number.MAX_SAFE_INTEGER,
        retryIntervalMilliseconds: (previousAttempts) => (previousAttempts < 10 ? 1000 : 3000),
      },
    },
  }).then(() => {
    document.documentElement.dataset.circuit = "up";
  });
})();
