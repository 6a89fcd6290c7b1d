// « Tout sélectionner »: a box that ticks or clears every box of the same name in its form. An enhancement only:
// without JavaScript the box stays hidden and each box is ticked by hand (or the form offers « tous »).
(function () {
  "use strict";
  document.querySelectorAll("input[type=checkbox][data-select-all]").forEach(function (all) {
    var form = all.form;
    var name = all.getAttribute("data-select-all");
    if (!form) {
      return;
    }

    function boxes() {
      return Array.prototype.filter.call(form.elements, function (e) { return e.type === "checkbox" && e.name === name; });
    }

    function sync() {
      var list = boxes();
      var ticked = list.filter(function (b) { return b.checked; }).length;
      all.checked = list.length > 0 && ticked === list.length;
      all.indeterminate = ticked > 0 && ticked < list.length;
    }

    all.hidden = false;
    all.addEventListener("change", function () {
      boxes().forEach(function (b) { b.checked = all.checked; });
      var choice = form.querySelector("input[type=radio][value=selection]");
      if (choice && all.checked) {
        choice.checked = true;
      }
    });
    form.addEventListener("change", function (event) {
      if (event.target !== all && event.target.name === name) {
        sync();
      }
    });
    sync();
  });
})();
