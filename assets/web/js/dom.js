// Builds the page's elements from data without HTML strings: texts from the hub stay text.
"use strict";
window.DP = window.DP || {};

DP.dom = (function () {
  function el(tag, props, children) {
    const node = document.createElement(tag);
    Object.entries(props || {}).forEach(function ([key, value]) {
      if (value === undefined || value === null || value === false) return;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    });
    [].concat(children === undefined ? [] : children).forEach(function (child) {
      if (child !== null && child !== undefined && child !== false) node.append(child);
    });
    return node;
  }

  // A real <button> that calls `action`; `props` may add id, class, aria-pressed …
  function button(label, action, props) {
    return el("button", Object.assign({ type: "button", onclick: action }, props || {}), label);
  }

  function replaceChildren(parent, children) {
    while (parent.firstChild) parent.removeChild(parent.firstChild);
    [].concat(children).forEach(function (child) {
      if (child) parent.append(child);
    });
  }

  return { el: el, button: button, replaceChildren: replaceChildren };
})();
