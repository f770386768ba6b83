// One statement per screen: its area, progress, the statement, the answers, whether the
// answer is saved here or has arrived, and back / overview / next or finish. Texts from the
// catalog carry dir="auto": one that falls back to German or English reads left to right on an
// Arabic page.
"use strict";

DP.views.saveState = function (t, answer) {
  if (!answer) return "";
  return t(answer.acked ? "arrived" : "savedOnDevice");
};

DP.views.rating = function (flow, t) {
  const el = DP.dom.el;
  const rating = flow.rating;
  const statement = rating.current();
  const language = flow.language;
  const open = rating.isOpen(statement.id);
  const answer = rating.answerFor(statement.id);
  const count = rating.statements.length;
  const answered = rating.answeredCount();
  const atLast = rating.index === count - 1;

  const saved = flow.saveError
    ? el("p", { class: "saved failed", id: "saveState", role: "alert" }, t(flow.saveError === "closed" ? "statementClosed" : "notSaved"))
    : el("p", { class: "saved", id: "saveState" }, answer ? [
      el("span", { class: answer.acked ? "dot" : "dot pending", "aria-hidden": "true" }),
      el("span", {}, DP.views.saveState(t, answer)),
    ] : []);

  return el("section", { class: "screen", id: "ratingScreen" }, [
    el("div", { class: "area" }, [
      statement.dimensionCount > 1
        ? el("p", { class: "small" }, t("areaOf", statement.dimensionNumber, statement.dimensionCount)) : null,
      el("h2", { dir: "auto" }, DP.i18n.localized(statement.dimensionTitle, language)),
      el("div", { class: "progress" }, [
        el("progress", { max: String(count), value: String(answered), "aria-labelledby": "progressText" }),
        el("span", { class: "small", id: "progressText" }, t("answeredOf", answered, count)),
      ]),
      el("p", { class: "small", id: "arrivedTotal" }, t("arrivedTotal", rating.arrivedCount(), answered)),
    ]),
    el("p", { class: "small" }, t("statementOf", statement.numberInDimension, statement.statementsInDimension)),
    el("h1", { class: "statement", id: "statementText", tabindex: "-1", dir: "auto" }, DP.i18n.localized(statement.text, language)),
    statement.help ? el("p", { class: "help", dir: "auto" }, DP.i18n.localized(statement.help, language)) : null,
    open ? null : el("p", { class: "notice", id: "statementClosed" }, t("statementClosed")),
    DP.views.scale(flow, t, statement, open),
    saved,
    el("nav", { class: "navigation", "aria-label": t("navigation") }, [
      DP.dom.button(t("back"), function () { flow.back(); }, { id: "backButton", disabled: rating.index === 0 }),
      DP.dom.button(t("overview"), function () { flow.showOverview(); }, { id: "overviewButton" }),
      atLast
        ? DP.dom.button(t("finish"), function () { flow.finish(); }, { id: "finishButton", class: "primary" })
        : DP.dom.button(t(answer ? "next" : "skip"), function () { flow.next(); },
          { id: "nextButton", class: answer ? "primary" : "" }),
    ]),
  ]);
};
