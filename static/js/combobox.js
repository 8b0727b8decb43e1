/* SPDX-License-Identifier: EUPL-1.2 */
/* Long lists (342 municipalities, every organisation) as an autocomplete: type a few letters, pick with the arrow
   keys or the mouse. Progressive enhancement of a plain <select data-autocomplete>: without this script the select
   works as it is, and with it the select stays in the form (hidden) and receives the choice. The pattern is the
   WAI-ARIA 1.2 combobox with a list popup; option groups (an organisation list "in de regio" first) stay groups. */
(function () {
  "use strict";
  var MAX_SHOWN = 60;
  var fold = function (text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  };

  function enhance(select) {
    var id = select.id;
    var label = document.querySelector('label[for="' + id + '"]');
    if (!label) { return; }
    if (!label.id) { label.id = id + "_label"; }
    var entries = [];
    Array.prototype.forEach.call(select.options, function (option) {
      if (!option.value) { return; }
      var group = option.parentElement.tagName === "OPTGROUP" ? option.parentElement.label : "";
      entries.push({value: option.value, text: option.text, key: fold(option.text), group: group});
    });

    var input = document.createElement("input");
    input.type = "text";
    input.id = id + "_search";
    input.className = "combobox-input";
    input.autocomplete = "off";
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id + "_listbox");
    ["aria-describedby", "aria-invalid"].forEach(function (name) {
      if (select.hasAttribute(name)) { input.setAttribute(name, select.getAttribute(name)); }
    });
    if (select.required) { input.setAttribute("aria-required", "true"); }
    select.required = false;  // the hidden select must not block the form; the server checks it
    var list = document.createElement("ul");
    list.id = id + "_listbox";
    list.className = "combobox-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-labelledby", label.id);
    list.hidden = true;
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");

    var selected = select.options[select.selectedIndex];
    input.value = selected && selected.value ? selected.text : "";
    select.hidden = true;
    select.tabIndex = -1;
    select.setAttribute("aria-hidden", "true");
    label.htmlFor = input.id;
    select.after(input, list, status);
    // The error summary links to the field: let it lead to what can take the focus now.
    document.querySelectorAll('a[href="#' + id + '"]').forEach(function (a) { a.href = "#" + input.id; });

    var shown = [];
    var active = -1;

    function open(filter) {
      var words = fold(filter).split(/\s+/).filter(Boolean);
      var matches = entries.filter(function (e) {
        return words.every(function (w) { return e.key.indexOf(w) !== -1; });
      });
      list.textContent = "";
      shown = matches.slice(0, MAX_SHOWN);
      var groupList = null;
      var groupName = null;
      shown.forEach(function (entry, index) {
        var item = document.createElement("li");
        item.id = id + "_option_" + index;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        item.textContent = entry.text;
        item.addEventListener("mousedown", function (event) { event.preventDefault(); });
        item.addEventListener("click", function () { choose(index); });
        if (entry.group && entry.group !== groupName) {
          groupName = entry.group;
          var group = document.createElement("li");
          group.setAttribute("role", "group");
          group.setAttribute("aria-labelledby", id + "_group_" + index);
          var heading = document.createElement("span");
          heading.id = id + "_group_" + index;
          heading.className = "combobox-group";
          heading.textContent = entry.group;
          groupList = document.createElement("ul");
          groupList.setAttribute("role", "none");
          group.append(heading, groupList);
          list.append(group);
        }
        (entry.group ? groupList : list).append(item);
      });
      active = -1;
      input.removeAttribute("aria-activedescendant");
      list.hidden = shown.length === 0;
      input.setAttribute("aria-expanded", String(!list.hidden));
      var words_ = select.dataset;
      status.textContent = (matches.length === 0 ? words_.none : matches.length === 1 ? words_.one :
        matches.length > MAX_SHOWN ? words_.more : words_.many)
        .replace("{n}", matches.length).replace("{max}", MAX_SHOWN);
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      var items = list.querySelectorAll('[role="option"]');
      if (!items.length) { return; }
      active = (index + items.length) % items.length;
      items.forEach(function (item, i) { item.setAttribute("aria-selected", String(i === active)); });
      input.setAttribute("aria-activedescendant", items[active].id);
      items[active].scrollIntoView({block: "nearest"});
    }

    function choose(index) {
      var entry = shown[index];
      select.value = entry.value;
      select.dispatchEvent(new Event("change", {bubbles: true}));
      input.value = entry.text;
      close();
    }

    input.addEventListener("input", function () { open(input.value); });
    input.addEventListener("focus", function () { if (!input.value) { open(""); } });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (list.hidden) { open(input.value); }
        highlight(active + (event.key === "ArrowDown" ? 1 : -1));
      } else if (event.key === "Enter" && !list.hidden && active >= 0) {
        event.preventDefault();
        choose(active);
      } else if (event.key === "Escape") {
        if (list.hidden) { input.value = ""; select.value = ""; } else { close(); }
      }
    });
    input.addEventListener("blur", function () {
      close();
      // What was typed but not chosen does not count: the field shows what the form will send.
      var exact = entries.filter(function (e) { return e.key === fold(input.value.trim()); });
      if (exact.length === 1) {
        select.value = exact[0].value;
      } else if (!input.value.trim()) {
        select.value = "";
      }
      var current = select.options[select.selectedIndex];
      input.value = current && current.value ? current.text : "";
    });
  }

  document.querySelectorAll("select[data-autocomplete]:not([multiple])").forEach(enhance);
}());
