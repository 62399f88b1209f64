// The written first screen's decisions before it is drawn (a file, written
// by corridor-finish from src/prerender/page.rs with this data's ids):
// - an old station link, `?s=<id>` (printed in QR codes before station
//   pages existed), goes to the station's own page, which carries its card;
// - a reader who will get another language than the one the screen is
//   written in gets the screen the page carries in that language (an inert
//   <template>: the header and a station's card or the list, without the
//   map) in the written screen's place; where there is none, the "loading"
//   line instead, never a flash of the written screen. That reader's
//   language was chosen, and the written screen hidden, before anything
//   was drawn, by the one inline script in <head> (reader-language.js,
//   allowed by its hash): its `data-reader` on <html>. Where a host's
//   policy blocks that script, the page stays in its written language
//   until the app.
(function () {
  "use strict";
  var ids = /*IDS*/[];
  var written = /*WRITTEN*/"zh-CN";
  var other = /*OTHER*/"in-language";
  var query = new URLSearchParams(location.search);
  var asked = (query.get("s") || "").trim().toLowerCase();
  if (asked) {
    for (var i = 0; i < ids.length; i++) {
      if (ids[i].toLowerCase() === asked) {
        query.delete("s");
        var rest = query.toString();
        location.replace(new URL("s/" + encodeURIComponent(ids[i]) + "/" + (rest ? "?" + rest : "") + location.hash, document.baseURI).href);
        return;
      }
    }
  }
  var root = document.documentElement;
  var reader = root.getAttribute("data-reader") || written;
  if (reader === written) return;
  root.setAttribute("data-first-screen", "other-language");
  // Once the page is read (this script waits for it on a station page).
  function translate() {
    var screen = document.getElementById("boot");
    var card = screen && screen.querySelector("template." + other + "[data-lang=\"" + reader + "\"]");
    if (!card) return;
    var kept = [];
    for (var k = 0; k < screen.children.length; k++) {
      var child = screen.children[k];
      if (child.tagName !== "TEMPLATE" && !child.classList.contains("boot")) kept.push(child);
    }
    for (var m = 0; m < kept.length; m++) screen.removeChild(kept[m]);
    screen.insertBefore(card.content.cloneNode(true), card);
    root.setAttribute("lang", reader);
    document.title = card.getAttribute("data-title") || document.title;
    root.setAttribute("data-first-screen", "translated");
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", translate);
  else translate();
})();
