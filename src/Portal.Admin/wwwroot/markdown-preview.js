// Live preview of Markdown fields: an enhancement only, the form works without it.
(function () {
  "use strict";
  var form = document.querySelector("form.stacked-form");
  if (!form) { return; }
  var token = form.querySelector("input[name='__RequestVerificationToken']");
  document.querySelectorAll("textarea[data-markdown]").forEach(function (area) {
    // A disclosure the reader opens when they want it: no live region re-reading the whole field at each keystroke.
    var box = document.createElement("details");
    box.className = "markdown-preview";
    var summary = document.createElement("summary");
    summary.textContent = "Aperçu de la mise en forme";
    var preview = document.createElement("div");
    box.appendChild(summary);
    box.appendChild(preview);
    area.insertAdjacentElement("afterend", box);
    var timer = null;
    function refresh() {
      var body = new FormData();
      body.append("texte", area.value);
      if (token) { body.append("__RequestVerificationToken", token.value); }
      fetch("/admin/markdown/apercu", { method: "POST", body: body, credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.text() : ""; })
        .then(function (html) { preview.innerHTML = html; });
    }
    area.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(refresh, 400); });
    refresh();
  });
})();
