// The bar on top of every screen: the name, whether the moderator's device is reachable, and
// the language switch.
"use strict";
DP.views = DP.views || {};

DP.views.topbar = function (flow, t) {
  const el = DP.dom.el;
  const states = {
    connecting: { text: t("connecting"), dot: "dot pending" },
    online: { text: t("connected"), dot: "dot" },
    waiting: { text: t("offlineShort"), dot: "dot pending", offline: true },
    held: { text: t("notConnected"), dot: "dot failed", offline: true },
  };
  const shown = flow.connection === "online" || flow.connection === "held" ? flow.connection
    : (flow.offline ? "waiting" : "connecting");
  const state = states[shown];
  const select = el("select", {
    id: "language",
    // Whoever opens the switch gets every language while the hub is reachable.
    onfocus: DP.i18n.preloadAll,
    onchange: function (event) {
      // A language that could not be loaded leaves the switch on the one still shown.
      flow.setLanguage(event.target.value).then(function () { event.target.value = flow.language; });
    },
  }, DP.i18n.languages.map(function (language) {
    return el("option", { value: language.code, lang: language.code, selected: language.code === flow.language },
      language.name);
  }));
  // Before a workshop is known the join screen itself says how connecting goes.
  return [
    el("span", { class: "brand" }, "Dialogpunkte"),
    flow.record ? el("span", { id: "connection", class: "connection" + (state.offline ? " offline" : "") }, [
      el("span", { class: state.dot, "aria-hidden": "true" }),
      el("span", {}, state.text),
    ]) : null,
    el("label", { class: "language" }, [el("span", { class: "visually-hidden" }, t("language")), select]),
  ];
};
