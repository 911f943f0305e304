/* Truy vấn SQL: lays CodeMirror (highlighting, completion of schemas, tables and columns) over the
   console's text area. The page works without it: the text area is a plain form field. */
(function () {
  "use strict";
  var area = document.getElementById("sql");
  var form = document.getElementById("console-form");
  if (!area || !form || typeof window.CodeMirror !== "function") {
    return;
  }
  document.documentElement.className += " js";
  var runButton = document.getElementById("run-button");

  function submitRun() {
    editor.save();
    if (typeof form.requestSubmit === "function") {
      form.requestSubmit(runButton);
    } else {
      runButton.click();
    }
  }

  var editor = window.CodeMirror.fromTextArea(area, {
    mode: "text/x-pgsql",
    lineNumbers: true,
    indentUnit: 2,
    tabSize: 2,
    smartIndent: true,
    lineWrapping: false,
    screenReaderLabel: area.getAttribute("data-label") || "SQL",
    extraKeys: {
      "Ctrl-Space": "autocomplete",
      "Ctrl-Enter": submitRun,
      "Cmd-Enter": submitRun
    },
    hintOptions: { tables: {}, completeSingle: false }
  });

  // completion after a dot ("core." lists tables, "core.dim_unit." its columns)
  editor.on("inputRead", function (cm, change) {
    if (change.text && change.text.length === 1 && change.text[0] === ".") {
      cm.showHint({ completeSingle: false });
    }
  });

  var catalogAddress = area.getAttribute("data-catalog");
  if (catalogAddress && window.fetch) {
    window.fetch(catalogAddress, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) { return response.ok ? response.json() : {}; })
      .then(function (schemas) {
        editor.setOption("hintOptions", { tables: schemas, completeSingle: false });
        form.setAttribute("data-catalog-loaded", "true");
      })
      .catch(function () { /* no completion of names: the editor still works */ });
  }

  // a double click on a table or column name in the schema browser writes it at the cursor
  var browser = document.querySelector(".schema-browser");
  if (browser) {
    browser.addEventListener("dblclick", function (event) {
      var target = event.target.closest ? event.target.closest("code.insert") : null;
      if (!target) {
        return;
      }
      event.preventDefault();
      editor.replaceSelection(target.getAttribute("data-insert"));
      editor.focus();
    });
  }
})();
