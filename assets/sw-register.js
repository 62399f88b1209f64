// Registers the service worker (sw.js, written by corridor-finish) where
// the browser has one; without it (some in-app browsers) every page works
// as before, online. Plain script, no strings of its own: the app shows
// the "new version" prompt in the reader's language.
//
// What it tells the page, on <html>:
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

  // After the page's own loading, so the first visit is not slowed.
  window.addEventListener("load", function () {
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
  });
})();
