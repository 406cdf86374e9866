/* newslint report pages: filters and keyboard navigation. Reads only data- attributes. */
(function () {
  "use strict";
  var ORDER = ["error", "warning", "info"];
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-filter]"));
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-finding]"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.hl"));
  var visible = {};

  function chosen(kind) {
    var values = {};
    boxes.forEach(function (box) {
      if (box.getAttribute("data-filter") === kind && box.checked) { values[box.value] = true; }
    });
    return values;
  }

  function graver(a, b) {
    if (!a) { return b; }
    return ORDER.indexOf(b) < ORDER.indexOf(a) ? b : a;
  }

  function apply() {
    var severity = chosen("severity"), pack = chosen("pack"), rule = chosen("rule");
    var shown = 0;
    visible = {};
    items.forEach(function (item) {
      var on = !!(severity[item.getAttribute("data-severity")] && pack[item.getAttribute("data-pack")] &&
        rule[item.getAttribute("data-rule")]);
      item.hidden = !on;
      if (on) { visible[item.getAttribute("data-finding")] = item.getAttribute("data-severity"); shown += 1; }
    });
    marks.forEach(function (mark) {
      var gravest = null;
      mark.getAttribute("data-ids").split(" ").forEach(function (id) {
        if (visible[id]) { gravest = graver(gravest, visible[id]); }
      });
      mark.className = gravest ? "hl sev-" + gravest : "hl off";
      Array.prototype.forEach.call(mark.querySelectorAll(".tip-entry"), function (entry) {
        entry.hidden = !visible[entry.getAttribute("data-for")];
      });
      if (mark.id) { mark.tabIndex = visible[mark.id] ? 0 : -1; }
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-shown-in]"), function (counter) {
      var scope = document.getElementById(counter.getAttribute("data-shown-in"));
      var n = scope ? scope.querySelectorAll("[data-finding]:not([hidden])").length : shown;
      counter.textContent = String(n);
    });
  }

  function anchors() {
    return marks.filter(function (mark) { return mark.id && visible[mark.id]; });
  }

  function step(forward) {
    var list = anchors();
    if (!list.length) { return; }
    var at = list.indexOf(document.activeElement);
    var next = at < 0 ? (forward ? 0 : list.length - 1) : (at + (forward ? 1 : -1) + list.length) % list.length;
    list[next].focus();
    list[next].scrollIntoView({ block: "center" });
  }

  boxes.forEach(function (box) { box.addEventListener("change", apply); });
  Array.prototype.forEach.call(document.querySelectorAll("button[data-all]"), function (button) {
    button.addEventListener("click", function () {
      var kind = button.getAttribute("data-all"), on = button.getAttribute("data-on") === "true";
      boxes.forEach(function (box) { if (box.getAttribute("data-filter") === kind) { box.checked = on; } });
      apply();
    });
  });
  document.addEventListener("keydown", function (event) {
    var tag = event.target && event.target.tagName;
    if (tag === "INPUT" || tag === "BUTTON" || event.altKey || event.ctrlKey || event.metaKey) { return; }
    if (event.key === "n" || event.key === "j") { step(true); event.preventDefault(); }
    if (event.key === "p" || event.key === "k") { step(false); event.preventDefault(); }
    if (event.key === "Escape" && document.activeElement) { document.activeElement.blur(); }
  });
  apply();
}());
