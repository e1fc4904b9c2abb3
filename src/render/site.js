// The site's one script, inlined and allowed by its hash in the CSP. Two jobs: the quick
// exit, and the copy buttons of campaign share texts. Everything works without it.
(function () {
  "use strict";
  var copies = document.querySelectorAll("button[data-copy]");
  Array.prototype.forEach.call(copies, function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.textContent).then(function () {
        button.textContent = button.getAttribute("data-copied");
      });
    });
  });
})();
(function () {
  "use strict";
  var d = document, html = d.documentElement;
  var links = d.querySelectorAll("a[data-quick-exit]");
  var status = d.getElementById("quick-exit-status");
  if (!links.length || !status) return;
  var target = links[0].href, title = d.title, icons = [], presses = 0, timer = 0;

  function say(text) { status.textContent = text; }

  // Empties the tip form, so neither the page left behind nor Back shows what was typed.
  function clearForms() {
    Array.prototype.forEach.call(d.querySelectorAll("form.tip-form"), function (form) {
      Array.prototype.forEach.call(form.elements, function (el) {
        if (el.type === "radio" || el.type === "checkbox") el.checked = false;
        else if (el.tagName === "SELECT") el.selectedIndex = 0;
        else if (el.type !== "hidden" && el.type !== "submit") el.value = "";
      });
    });
  }

  function hide() {
    clearForms();
    d.body.style.display = "none";
    html.style.background = "Canvas";
    html.style.colorScheme = "light dark";
    d.title = status.getAttribute("data-neutral-title") || "";
    icons = Array.prototype.slice.call(d.querySelectorAll("link[rel~='icon']"));
    icons.forEach(function (l) { l.parentNode.removeChild(l); });
  }

  function exit(event) {
    if (event) event.preventDefault();
    hide();
    window.location.replace(target);
  }

  function editable(el) {
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }

  function reset() { presses = 0; clearTimeout(timer); }

  for (var i = 0; i < links.length; i++) links[i].addEventListener("click", exit);

  d.addEventListener("keydown", function (e) {
    if (e.key !== "Shift") { if (presses) reset(); return; }
    if (e.repeat || editable(e.target)) return;
    presses += 1;
    clearTimeout(timer);
    if (presses >= 3) { reset(); exit(); return; }
    say(status.getAttribute("data-press-" + presses));
    timer = setTimeout(function () {
      presses = 0;
      say(status.getAttribute("data-expired"));
    }, 5000);
  }, true);

  window.addEventListener("pageshow", function (e) {
    if (!e.persisted) return;
    clearForms();
    reset();
    d.body.style.display = "";
    html.style.background = "";
    html.style.colorScheme = "";
    d.title = title;
    icons.forEach(function (l) { d.head.appendChild(l); });
    say("");
  });
})();
