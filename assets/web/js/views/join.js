// Joining: the link carries the room code, so usually this only says "connecting"; a code is
// asked for only when the link lacks it or the hub refused it.
"use strict";

DP.views.join = function (flow, t) {
  const el = DP.dom.el;
  const parts = [
    el("h1", { tabindex: "-1" }, t("welcome")),
    el("p", { class: "lead" }, t("welcomeText")),
  ];
  if (flow.codeNeeded) {
    const input = el("input", {
      id: "roomCode",
      class: "code",
      name: "room",
      autocomplete: "off",
      autocapitalize: "characters",
      spellcheck: "false",
      maxlength: "32",
      required: true,
      "aria-describedby": flow.codeRefused ? "codeError" : null,
      oninput: function (event) { flow.codeDraft = event.target.value; },
    });
    input.value = flow.codeDraft || "";
    parts.push(el("form", {
      class: "card",
      id: "joinForm",
      onsubmit: function (event) {
        event.preventDefault();
        flow.submitCode(input.value);
      },
    }, [
      flow.codeRefused ? el("p", { class: "error", id: "codeError", role: "alert" }, t("wrongCode")) : null,
      el("label", { class: "field", for: "roomCode" }, t("roomCode")),
      input,
      el("p", { class: "small" }, t("roomCodeHelp")),
      el("button", { type: "submit", class: "primary", id: "joinButton" }, t("join")),
    ]));
    if (flow.rating.isActive()) {
      parts.push(DP.dom.button(t("continueOffline"), function () { flow.continueOffline(); },
        { id: "continueOffline" }));
    }
  } else {
    const waiting = flow.offline && !flow.problem;
    parts.push(el("div", { class: "card", id: "joinStatus" }, [
      el("p", { class: waiting ? "" : "muted" }, el("strong", {}, t(waiting ? "noAnswerYet" : "connectingToWorkshop"))),
      waiting ? el("p", {}, t("sameWifi")) : null,
    ]));
  }
  return el("section", { class: "screen", id: "joinScreen" }, parts);
};
