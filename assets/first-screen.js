// The written first screen's one decision before it is drawn (written by
// corridor-finish from src/prerender/page.rs; no inline script, so the
// page's Content-Security-Policy needs no hash):
// - an old station link, `?s=<id>` (printed in QR codes before station
//   pages existed), goes to the station's own page, which carries its card;
// - a reader who will get another language than the one the screen is
//   written in gets the screen the page carries in that language (an inert
//   <template>: the header and a station's card or the list, without the
//   map) in the written screen's place; where there is none, the "loading"
//   line instead, never a flash of the written screen.
(function () {
  "use strict";
  var ids = /*IDS*/[];
  var written = /*WRITTEN*/"zh-CN";
  var other = /*OTHER*/"in-language";
  // As Lang::parse (src/i18n/lang.rs) reads a tag.
  function lang(tag) {
    if (!tag) return null;
    var parts = String(tag).trim().toLowerCase().replace(/_/g, "-").split("-");
    if (parts[0] === "en") return "en";
    if (parts[0] !== "zh") return null;
    var rest = parts.slice(1);
    if (rest.indexOf("hans") >= 0) return "zh-CN";
    for (var i = 0; i < rest.length; i++) {
      if (["hant", "tw", "hk", "mo"].indexOf(rest[i]) >= 0) return "zh-Hant";
    }
    return "zh-CN";
  }
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
  // As Lang::choose: the address's lang=, else the browser's first we have.
  var chosen = lang(query.get("lang"));
  var browser = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  for (var j = 0; !chosen && j < browser.length; j++) chosen = lang(browser[j]);
  var reader = chosen || "zh-CN";
  if (reader === written) return;
  var root = document.documentElement;
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
