// Registers the service worker (sw.js, written by corridor-finish) where
// the browser has one; without it (some in-app browsers) every page works
// as before, online. Plain script, no strings of its own: the app shows
// the "new version" prompt in the reader's language.
//
// What it tells the page, on <html>:
// - data-offline="waiting": the page has loaded and the worker waits for
//   the app to take the first screen's place (see below);
// - data-offline="ready": the worker is active, the offline copy complete;
// - data-update="ready" and a "corridor-update" event on window: a new
//   build is installed and waiting. The app's reload button sends
//   "corridor-reload"; the new worker then takes over and the page reloads.
(function () {
  if (!("serviceWorker" in navigator)) return;
  var root = document.documentElement;
  var waiting = null;

  function offer(worker) {
    waiting = worker;
    root.setAttribute("data-update", "ready");
    window.dispatchEvent(new Event("corridor-update"));
  }

  window.addEventListener("corridor-reload", function () {
    if (waiting) waiting.postMessage("skip-waiting");
    else location.reload();
  });

  navigator.serviceWorker.addEventListener("controllerchange", function () {
    // Only a takeover the reader asked for reloads the page; the first
    // install takes control quietly.
    if (waiting) location.reload();
  });

  // After the page's own loading, so the first visit is not slowed. On the
  // map's pages that is when the app has taken the written first screen's
  // place (data-first-screen="taken", src/ui/takeover.rs), not `load`,
  // which comes before the app's WebAssembly and data are fetched: the
  // worker's copy of every app file would share a weak link with them
  // (measured: the app 1.5 s later on a 1.6 Mbit/s link); after it, the
  // files the page has are copied from the browser's cache. The moving
  // map's part, fetched after the takeover, goes first too: the worker
  // waits until the app says it arrived or could not (data-map-part,
  // src/map/slot.rs), where the page has a map. A page whose app never
  // gets there registers after a while all the same.
  var APP_GIVES_UP_MS = 30000;
  function appDone() {
    if (root.getAttribute("data-first-screen") !== "taken") return false;
    return !document.querySelector("#app .map-pane") || root.hasAttribute("data-map-part");
  }
  function afterTheApp(go) {
    var app = document.getElementById("app");
    if (!app || !app.classList.contains("app-waiting") || appDone()) return go();
    root.setAttribute("data-offline", "waiting");
    var done = false;
    function once() {
      if (done) return;
      done = true;
      seen.disconnect();
      // In a task of its own, not in the app's task that said it was done.
      setTimeout(go, 0);
    }
    var seen = new MutationObserver(function () {
      if (appDone()) once();
    });
    seen.observe(root, { attributes: true, attributeFilter: ["data-first-screen", "data-map-part"] });
    setTimeout(once, APP_GIVES_UP_MS);
  }

  window.addEventListener("load", function () { afterTheApp(register); });
  function register() {
    navigator.serviceWorker
      .register("sw.js")
      .then(function (registration) {
        if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
        registration.addEventListener("updatefound", function () {
          var worker = registration.installing;
          if (!worker) return;
          worker.addEventListener("statechange", function () {
            if (worker.state === "installed" && navigator.serviceWorker.controller) offer(worker);
          });
        });
        return navigator.serviceWorker.ready;
      })
      .then(function () {
        root.setAttribute("data-offline", "ready");
      })
      .catch(function (failure) {
        root.setAttribute("data-offline", "failed");
        console.warn("offline use unavailable:", failure);
      });
  }
})();
