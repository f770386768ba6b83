// One person working through a session's statements in one round: position, answers and
// whether each has arrived. An answer is taken as given only after the store committed it.
"use strict";

DP.RatingFlow = (function () {
  function RatingFlow(store) {
    this.store = store;
    this.stop();
  }

  RatingFlow.prototype.stop = function () {
    this.record = null;
    this.person = null;
    this.round = 0;
    this.statements = [];
    this.answers = {}; // statement id -> stored answer
    this.index = 0;
  };

  // Loads the person's stored answers of the session's current round; resumes at the first gap.
  RatingFlow.prototype.start = function (record, person) {
    const self = this;
    return this.store.answersOf(record.id, record.round, person.pseudonym).then(function (stored) {
      self.record = record;
      self.person = person;
      self.round = record.round;
      self.statements = DP.catalog.statements(record.session.catalog);
      self.answers = {};
      stored.forEach(function (answer) { self.answers[answer.statementId] = answer; });
      const gap = self.firstUnanswered();
      self.index = gap >= 0 ? gap : 0;
    });
  };

  RatingFlow.prototype.isActive = function () {
    return Boolean(this.person);
  };

  // The hub's newer state of the same session: open statements, phase, round.
  RatingFlow.prototype.follow = function (record) {
    this.record = record;
  };

  RatingFlow.prototype.current = function () {
    return this.statements[this.index] || null;
  };

  RatingFlow.prototype.scaleOf = function (statement) {
    return DP.catalog.scaleOf(this.record.session.catalog, statement);
  };

  RatingFlow.prototype.isOpen = function (statementId) {
    return this.record.openStatements.indexOf(statementId) >= 0;
  };

  RatingFlow.prototype.answerFor = function (statementId) {
    return this.answers[statementId] || null;
  };

  RatingFlow.prototype.answeredCount = function () {
    return Object.keys(this.answers).length;
  };

  RatingFlow.prototype.arrivedCount = function () {
    const answers = this.answers;
    return Object.keys(answers).filter(function (id) { return answers[id].acked; }).length;
  };

  RatingFlow.prototype.firstUnanswered = function () {
    const answers = this.answers;
    return this.statements.findIndex(function (statement) { return !answers[statement.id]; });
  };

  RatingFlow.prototype.goTo = function (index) {
    if (index < 0 || index >= this.statements.length) return false;
    this.index = index;
    return true;
  };

  // Resolves with the stored answer; rejects (with a reason) when it could not be saved.
  RatingFlow.prototype.answer = function (value) {
    const self = this;
    const statement = this.current();
    if (!statement) return Promise.reject(new Error("no statement"));
    if (!this.isOpen(statement.id)) return Promise.reject(new Error("closed"));
    if (!DP.catalog.accepts(this.scaleOf(statement), value))
      return Promise.reject(new Error("not on the scale"));
    return this.store.saveAnswer({
      sessionId: this.record.id,
      round: this.round,
      statementId: statement.id,
      pseudonym: this.person.pseudonym,
      answer: value,
    }).then(function (stored) {
      if (!stored) throw new Error("not stored");
      if (self.person && stored.pseudonym === self.person.pseudonym && stored.round === self.round)
        self.answers[stored.statementId] = stored;
      return stored;
    });
  };

  // The hub acknowledged these; only answers still holding that value count as arrived.
  RatingFlow.prototype.markArrived = function (arrived) {
    const self = this;
    let changed = false;
    arrived.forEach(function (answer) {
      const mine = self.answers[answer.statementId];
      if (mine && answer.pseudonym === mine.pseudonym && answer.round === mine.round
        && answer.sequence === mine.sequence) {
        self.answers[answer.statementId] = answer;
        changed = true;
      }
    });
    return changed;
  };

  return RatingFlow;
})();
