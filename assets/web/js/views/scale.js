// The answers of one statement: faces or numbers with their labels, side by side where the
// screen has room, and "cannot judge" always as its own button below.
"use strict";

DP.views.scale = function (flow, t, statement, open) {
  const el = DP.dom.el;
  const scale = flow.rating.scaleOf(statement);
  const given = flow.rating.answerFor(statement.id);
  const selected = given ? given.answer : null;
  const kind = scale.kind === "pictogram" ? "faces" : scale.kind === "bipolar" ? "bipolar" : "points";
  const parts = [];

  function option(value, content, label, extraClass) {
    return DP.dom.button(content, function () { flow.answer(value); }, {
      id: "answer_" + value,
      class: "option" + (extraClass ? " " + extraClass : ""),
      "aria-pressed": value === selected ? "true" : "false",
      "aria-label": label,
      disabled: !open,
    });
  }

  if (kind === "bipolar") {
    parts.push(el("div", { class: "poles" }, [
      el("p", { dir: "auto" }, DP.i18n.localized(scale.leftPole, flow.language)),
      el("p", { dir: "auto" }, DP.i18n.localized(scale.rightPole, flow.language)),
    ]));
  }
  const points = DP.catalog.points(scale, flow.language).map(function (point) {
    const mark = point.face
      ? el("img", { src: "faces/" + point.face + ".svg", alt: "", width: "64", height: "64" })
      : el("span", { class: "number", "aria-hidden": "true" }, String(point.value));
    const text = point.face || point.labelled ? el("span", { class: "label", dir: "auto" }, point.label) : null;
    const spoken = point.face || !point.labelled ? point.label : point.value + " – " + point.label;
    return option(point.value, [mark, text], spoken);
  });
  parts.push(el("div", { class: "scale " + kind, role: "group", "aria-label": t("answers") }, points));
  if (DP.catalog.allowsCannotJudge(scale)) {
    const label = DP.catalog.label(scale, DP.catalog.cannotJudge, flow.language);
    parts.push(option(DP.catalog.cannotJudge, el("span", { dir: "auto" }, label), label, "cannot-judge"));
  }
  return el("div", { class: "answers" + (open ? "" : " closed") }, parts);
};
