// newsledger: hovering any piece of an attribution (source, cue, each content piece, its
// row in the side panel) lights up the whole group; the same for events and entities.
// The page works without this script: it only adds the highlight.
(function () {
  "use strict";
  var groups = ["attr", "event", "entity"];

  function members(name, value) {
    var selector = "[data-" + name + '="' + CSS.escape(value) + '"]';
    return document.querySelectorAll(selector);
  }

  function toggle(event, on) {
    if (!(event.target instanceof Element)) return;
    groups.forEach(function (name) {
      var element = event.target.closest("[data-" + name + "]");
      if (!element) return;
      members(name, element.getAttribute("data-" + name)).forEach(function (member) {
        member.classList.toggle("nl-hl", on);
      });
    });
  }

  document.addEventListener("mouseover", function (event) { toggle(event, true); });
  document.addEventListener("mouseout", function (event) { toggle(event, false); });
  document.addEventListener("focusin", function (event) { toggle(event, true); });
  document.addEventListener("focusout", function (event) { toggle(event, false); });
})();
