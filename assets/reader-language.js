(function () {
  "use strict";
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
  var chosen = lang(new URLSearchParams(location.search).get("lang"));
  var browser = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  for (var j = 0; !chosen && j < browser.length; j++) chosen = lang(browser[j]);
  var root = document.documentElement;
  root.setAttribute("data-reader", chosen || "zh-CN");
  if ((chosen || "zh-CN") !== root.getAttribute("lang")) root.setAttribute("data-first-screen", "other-language");
})();
