// The written first screen's one decision before it is drawn (written by
// corridor-finish from src/prerender/page.rs; no inline script, so the
// page's Content-Security-Policy needs no hash):
// - an old station link, `?s=<id>` (printed in QR codes before station
//   pages existed), goes to the station's own page, which carries its card;
// - a reader who will get another language than the one the screen is
//   written in sees the "loading" line instead, not a flash of it.
(function () {
  "use strict";
  var ids = /*IDS*/[];
  var written = /*WRITTEN*/"zh-CN";
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
  if ((chosen || "zh-CN") !== written) document.documentElement.setAttribute("data-first-screen", "other-language");
})();
