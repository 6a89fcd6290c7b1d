// Follows a background job: an enhancement only, the page shows the same state when reloaded by hand.
(function () {
  "use strict";
  var box = document.getElementById("tache");
  if (!box || box.getAttribute("data-finished") === "true") {
    return;
  }

  var bar = document.getElementById("tache-progression");
  var status = document.getElementById("tache-etat");
  var url = box.getAttribute("data-job-status");
  function poll() {
    fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (job) {
        if (!job) {
          return;
        }

        if (job.finished) {
          // The page itself says how it ended, with the link to the result.
          window.location.reload();
          return;
        }

        bar.max = Math.max(job.total, 1);
        bar.value = job.done;
        bar.textContent = job.percent + " %";
        status.textContent = job.total > 0 ? job.done + " sur " + job.total + " élément(s) traité(s) (" + job.percent + " %)." : "En cours…";
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }

  window.setTimeout(poll, 500);
})();
