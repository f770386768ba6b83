// The screens after rating: finished (personal device), thank you (shared device), the
// workshop has ended, and waiting while the moderator has not opened the statements yet.
"use strict";

DP.views.finish = function (flow, t) {
  const el = DP.dom.el;
  const rating = flow.rating;
  return el("section", { class: "screen centered", id: "finishScreen" }, [
    el("h1", { tabindex: "-1" }, t("thankYou")),
    el("p", { id: "finishSummary" }, t("finishSummary", rating.answeredCount(), rating.statements.length)),
    el("p", { class: "muted", id: "finishArrived" }, t("arrivedTotal", rating.arrivedCount(), rating.answeredCount())),
    DP.dom.button(t("review"), function () { flow.review(); }, { id: "reviewButton", class: "primary" }),
  ]);
};

DP.views.thankyou = function (flow, t) {
  const el = DP.dom.el;
  return el("section", { class: "screen centered", id: "thankYouScreen" }, [
    el("img", { class: "face-large", src: "faces/happy.svg", alt: "" }),
    el("h1", { tabindex: "-1" }, t("thankYouFeedback")),
    el("p", {}, t("handOver")),
    DP.dom.button(t("nextPerson"), function () { flow.nextPerson(); }, { id: "nextPersonButton", class: "primary" }),
  ]);
};

DP.views.ended = function (flow, t) {
  const el = DP.dom.el;
  return el("section", { class: "screen centered", id: "endedScreen" }, [
    el("h1", { tabindex: "-1" }, t("workshopEnded")),
    el("p", {}, t("workshopEndedText")),
  ]);
};

DP.views.waiting = function (flow, t) {
  const el = DP.dom.el;
  return el("section", { class: "screen centered", id: "waitingScreen" }, [
    el("h1", { tabindex: "-1" }, t("pleaseWait")),
    el("p", {}, t("notOpenYet")),
  ]);
};

DP.views.loading = function (flow, t) {
  return DP.dom.el("p", { class: "loading" }, t("loading"));
};
