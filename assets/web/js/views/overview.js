// Every statement by area with its answer and whether it arrived; choosing one opens it.
"use strict";

DP.views.overview = function (flow, t) {
  const el = DP.dom.el;
  const rating = flow.rating;
  const items = [];
  let area = 0;
  rating.statements.forEach(function (statement, index) {
    if (statement.dimensionNumber !== area) {
      area = statement.dimensionNumber;
      items.push(el("li", {}, el("h2", { dir: "auto" }, DP.i18n.localized(statement.dimensionTitle, flow.language))));
    }
    const answer = rating.answerFor(statement.id);
    const scale = rating.scaleOf(statement);
    items.push(el("li", {}, DP.dom.button([
      el("span", { class: "number" }, String(index + 1)),
      el("span", { class: "text", dir: "auto" }, DP.i18n.localized(statement.text, flow.language)),
      el("span", { class: "answer" + (answer ? "" : " open"), dir: "auto" },
        answer ? DP.catalog.label(scale, answer.answer, flow.language) : t("open")),
      answer ? el("span", { class: "state" }, DP.views.saveState(t, answer)) : null,
    ], function () { flow.goTo(index); }, { id: "row_" + index, class: "row" })));
  });
  return el("section", { class: "screen", id: "overviewScreen" }, [
    el("h1", { tabindex: "-1" }, t("overview")),
    el("p", { id: "overviewSummary" }, t("overviewSummary", rating.answeredCount(), rating.statements.length,
      rating.arrivedCount())),
    el("ol", { class: "overview-list" }, items),
    el("nav", { class: "navigation", "aria-label": t("navigation") }, [
      DP.dom.button(t("back"), function () { flow.review(); }, { id: "overviewBack" }),
      DP.dom.button(t("finish"), function () { flow.finish(); }, { id: "overviewFinish", class: "primary" }),
    ]),
  ]);
};
