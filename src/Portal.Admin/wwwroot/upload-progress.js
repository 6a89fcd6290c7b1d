// Upload progress for long files: an enhancement only, the form posts normally without JavaScript.
(function () {
  "use strict";
  document.querySelectorAll("form[data-upload-progress]").forEach(function (form) {
    var bar = document.createElement("progress");
    bar.max = 100;
    bar.value = 0;
    bar.hidden = true;
    bar.id = form.id + "-progression";
    var label = document.createElement("p");
    label.setAttribute("role", "status");
    label.className = "hint";
    form.appendChild(bar);
    form.appendChild(label);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var request = new XMLHttpRequest();
      request.open("POST", form.action);
      request.upload.addEventListener("progress", function (e) {
        if (e.lengthComputable) {
          bar.hidden = false;
          bar.value = Math.round((e.loaded / e.total) * 100);
          label.textContent = "Envoi du fichier : " + bar.value + " %";
        }
      });
      request.upload.addEventListener("load", function () { label.textContent = "Fichier envoyé, analyse en cours…"; });
      request.addEventListener("load", function () {
        document.open();
        document.write(request.responseText);
        document.close();
      });
      request.addEventListener("error", function () { label.textContent = "L'envoi a échoué. Vérifiez la connexion et réessayez."; });
      request.send(new FormData(form));
    });
  });
})();
