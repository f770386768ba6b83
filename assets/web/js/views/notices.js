// Notices above the screen: the hub is unreachable (and what to do), a problem the hub
// reported, a workshop being restored, a new round.
"use strict";

DP.views.notices = function (flow, t) {
  const el = DP.dom.el;
  const list = [];
  const problem = flow.problem;
  if (problem) {
    const seconds = Math.max(1, Math.ceil((problem.retryAfterMs || 0) / 1000));
    const texts = {
      throttled: t("throttled", seconds),
      too_many_connections: t("tooManyConnections", seconds),
      replaced: t("replaced"),
      shutting_down: t("shuttingDown"),
      storage: t("storageFailed", problem.message),
      language: t("languageUnavailable"),
      rejected: t("answerRejected", problem.message),
    };
    const text = texts[problem.code] || t("hubProblem", problem.message || problem.code);
    list.push(el("div", { class: "notice problem", role: "alert" }, [
      el("p", {}, text),
      problem.code === "replaced"
        ? el("div", { class: "buttons" }, DP.dom.button(t("continueHere"), function () { flow.continueHere(); },
          { id: "continueHere", class: "primary" }))
        : null,
    ]));
  }
  if (flow.offline && flow.record && flow.screen !== "join") {
    list.push(el("div", { class: "notice offline", id: "offlineNotice" }, [
      el("p", {}, el("strong", {}, t("offlineTitle"))),
      el("p", {}, t("offlineHelp")),
    ]));
  }
  if (flow.restoring) list.push(el("div", { class: "notice" }, el("p", {}, t("restoring"))));
  if (flow.roundNotice && flow.visibleScreen() === "rating") {
    list.push(el("div", { class: "notice", id: "roundNotice", role: "alert" }, [
      el("p", {}, el("strong", {}, t("roundStarted", flow.roundNotice))),
      el("div", { class: "buttons" }, DP.dom.button(t("ok"), function () { flow.dismissNotice(); },
        { id: "dismissRoundNotice" })),
    ]));
  }
  return list;
};
