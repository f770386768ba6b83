// Before rating: the workshop's name, the person's group (from the moderator's groups, or
// none), and the shared-device switch.
"use strict";

DP.views.start = function (flow, t) {
  const el = DP.dom.el;
  const session = flow.record.session;
  const groups = session.groups || [];
  const chosen = flow.chosenGroup || "";
  const parts = [
    el("h1", { tabindex: "-1", dir: "auto" }, session.title || t("welcome")),
    el("p", { class: "lead" }, t("welcomeText")),
  ];
  if (flow.groupRefused) parts.push(el("p", { class: "error", role: "alert", id: "groupError" }, t("groupRefused")));
  if (groups.length) {
    const options = [{ id: "", name: t("noGroup") }].concat(groups.map(function (group) {
      return { id: group.id, name: DP.i18n.localized(group.name, flow.language) };
    }));
    parts.push(el("div", { class: "card" }, [
      el("h2", { id: "groupHeading" }, t("yourGroup")),
      el("div", { class: "chips", role: "group", "aria-labelledby": "groupHeading" }, options.map(function (option) {
        return DP.dom.button(option.name, function () { flow.chooseGroup(option.id); }, {
          id: "group_" + (option.id || "none"),
          dir: "auto",
          "aria-pressed": option.id === chosen ? "true" : "false",
        });
      })),
    ]));
  }
  if (!flow.groupRefused) {
    const toggle = el("input", {
      type: "checkbox",
      role: "switch",
      id: "sharedDevice",
      checked: Boolean(flow.settings.shared),
      onchange: function (event) { flow.setShared(event.target.checked); },
    });
    parts.push(el("label", { class: "switch card", for: "sharedDevice" }, [toggle, el("span", {}, t("sharedDevice"))]));
  }
  parts.push(DP.dom.button(t("start"), function () { flow.begin(flow.chosenGroup || ""); },
    { id: "startButton", class: "primary" }));
  return el("section", { class: "screen", id: "startScreen" }, parts);
};
