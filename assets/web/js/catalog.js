// Reads a session's catalog snapshot: statements in order, their areas and scales, answer labels.
"use strict";

DP.catalog = (function () {
  // The faces the page can draw (faces/<name>.svg); other names show the point's label only.
  const faces = ["very-sad", "sad", "slightly-sad", "neutral", "slightly-happy", "happy", "very-happy"];
  const cannotJudge = 0;
  const defaultCannotJudgeLabel = { de: "kann ich nicht einschätzen", en: "can't judge" };

  // Every statement with where it stands: area number, title, position within the area.
  function statements(catalog) {
    const list = [];
    (catalog.dimensions || []).forEach(function (dimension, dimensionIndex) {
      const inDimension = (dimension.statements || []).length;
      (dimension.statements || []).forEach(function (statement, number) {
        list.push({
          id: statement.id,
          text: statement.text,
          help: statement.help,
          scaleId: statement.scale,
          dimensionTitle: dimension.title,
          dimensionNumber: dimensionIndex + 1,
          dimensionCount: catalog.dimensions.length,
          numberInDimension: number + 1,
          statementsInDimension: inDimension,
        });
      });
    });
    return list;
  }

  function scaleOf(catalog, statement) {
    const scales = catalog.scales || [];
    const wanted = statement.scaleId || catalog.defaultScale;
    return scales.find(function (scale) { return scale.id === wanted; }) || scales[0];
  }

  function allowsCannotJudge(scale) {
    return scale.allowCannotJudge !== false;
  }

  function accepts(scale, value) {
    return Number.isInteger(value)
      && ((value >= 1 && value <= scale.points) || (value === cannotJudge && allowsCannotJudge(scale)));
  }

  function label(scale, value, language) {
    if (value === cannotJudge)
      return DP.i18n.localized(scale.cannotJudgeLabel || defaultCannotJudgeLabel, language);
    const text = scale.labels && scale.labels[value - 1];
    const localized = text ? DP.i18n.localized(text, language) : "";
    return localized || String(value);
  }

  // The points of a scale, lowest first, each with its label and face (if the page draws it).
  function points(scale, language) {
    const list = [];
    for (let value = 1; value <= scale.points; ++value) {
      const name = scale.kind === "pictogram" && scale.pictograms ? scale.pictograms[value - 1] : "";
      list.push({
        value: value,
        label: label(scale, value, language),
        face: faces.indexOf(name) >= 0 ? name : "",
        labelled: Boolean(scale.labels && scale.labels[value - 1]),
      });
    }
    return list;
  }

  return {
    cannotJudge: cannotJudge,
    statements: statements,
    scaleOf: scaleOf,
    allowsCannotJudge: allowsCannotJudge,
    accepts: accepts,
    label: label,
    points: points,
  };
})();
