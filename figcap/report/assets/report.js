/* figcap curator report: filters by entity type and difference kind (no network). */
(function () {
  "use strict";
  function checked(name) {
    var out = {};
    document.querySelectorAll('input[data-filter="' + name + '"]').forEach(function (box) {
      out[box.value] = box.checked;
    });
    return out;
  }
  /* a highlight may carry two types ("chemical gene": PFOCR's suspect gene that figcap
     reads as a chemical); it shows while either is on */
  function typeOn(types, t) {
    return (t || "").split(" ").some(function (one) { return types[one] !== false; });
  }
  function apply() {
    var types = checked("type"), kinds = checked("kind");
    var onlyDiff = document.getElementById("only-differences");
    var shown = 0;
    document.querySelectorAll("article.card").forEach(function (card) {
      var visible = 0;
      card.querySelectorAll("mark.ent").forEach(function (m) {
        var on = typeOn(types, m.dataset.type) && kinds[m.dataset.status] !== false;
        m.classList.toggle("off", !on);
        if (on && m.dataset.status !== "agree" && m.dataset.status !== "unscored") { visible++; }
      });
      card.querySelectorAll("table.diffs tr[data-kind]").forEach(function (row) {
        var on = typeOn(types, row.dataset.type) && kinds[row.dataset.kind] !== false;
        row.classList.toggle("off", !on);
        if (on) { visible++; }
      });
      var hide = onlyDiff && onlyDiff.checked && visible === 0;
      card.classList.toggle("hidden", hide);
      if (!hide) { shown++; }
    });
    var counter = document.getElementById("shown-count");
    if (counter) { counter.textContent = String(shown); }
  }
  /* A link can preset the filters: #type=gene,chemical&kind=suspect,missed&only=1 */
  function fromHash() {
    var hash = window.location.hash.replace(/^#/, "");
    if (!hash) { return; }
    hash.split("&").forEach(function (part) {
      var kv = part.split("="), name = decodeURIComponent(kv[0] || "");
      var values = decodeURIComponent(kv[1] || "").split(",");
      if (name === "type" || name === "kind") {
        document.querySelectorAll('input[data-filter="' + name + '"]').forEach(function (box) {
          box.checked = values.indexOf(box.value) >= 0;
        });
      } else if (name === "only") {
        var only = document.getElementById("only-differences");
        if (only) { only.checked = values[0] === "1"; }
      }
    });
  }
  function setup() {
    fromHash();
    document.querySelectorAll("input[data-filter], #only-differences").forEach(function (box) {
      box.addEventListener("change", apply);
    });
    document.querySelectorAll("button[data-all]").forEach(function (button) {
      button.addEventListener("click", function () {
        var on = button.dataset.all === "on";
        document.querySelectorAll('input[data-filter="' + button.dataset.group + '"]').forEach(
          function (box) { box.checked = on; });
        apply();
      });
    });
    apply();
    document.body.setAttribute("data-ready", "true");
    document.body.setAttribute("data-cards", String(document.querySelectorAll("article.card").length));
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
