// Sends this device's answers for one session in batches and takes them off the outbox only on
// the hub's acknowledgement (= committed there). After a hub lost data it sends again what the
// hub acknowledged once but no longer has.
"use strict";

DP.OutboxSender = (function () {
  const batchSize = 200;
  const maxInFlight = 2000;

  // send(text) -> bool puts a message on the open connection.
  function OutboxSender(store, send) {
    this.store = store;
    this.send = send;
    this.sessionId = null;
    this.inFlight = new Set();
    this.rejected = new Set();
    this.resend = [];
    this.nextBatch = 1;
    this.pumping = null;
    this.again = false;
  }

  OutboxSender.prototype.begin = function (sessionId, highWater) {
    const self = this;
    this.sessionId = sessionId;
    this.inFlight.clear();
    this.rejected.clear();
    return this.store.acknowledgedAbove(sessionId, highWater).then(function (lost) {
      if (self.sessionId !== sessionId) return;
      self.resend = lost;
      return self.pump();
    });
  };

  OutboxSender.prototype.halt = function () {
    this.sessionId = null;
    this.inFlight.clear();
    this.resend = [];
  };

  // Sends what fits into the window; calls while a pass runs make one more pass afterwards.
  OutboxSender.prototype.pump = function () {
    const self = this;
    if (!this.sessionId) return Promise.resolve();
    if (this.pumping) {
      this.again = true;
      return this.pumping;
    }
    this.pumping = this.sendPass().then(function () {
      self.pumping = null;
      if (self.again) {
        self.again = false;
        return self.pump();
      }
    }, function (error) {
      self.pumping = null;
      throw error;
    });
    return this.pumping;
  };

  OutboxSender.prototype.sendPass = function () {
    const self = this;
    const sessionId = this.sessionId;
    const room = maxInFlight - this.inFlight.size;
    if (room <= 0) return Promise.resolve();
    return this.store.pending(sessionId, this.inFlight.size + this.rejected.size + room)
      .then(function (pending) {
        if (self.sessionId !== sessionId) return;
        const chosen = self.resend.splice(0, room);
        pending.forEach(function (answer) {
          const waiting = self.inFlight.has(answer.sequence) || self.rejected.has(answer.sequence);
          if (!waiting && chosen.length < room) chosen.push(answer);
        });
        for (let start = 0; start < chosen.length; start += batchSize) {
          const batch = chosen.slice(start, start + batchSize);
          if (!self.send(DP.protocol.answers(self.nextBatch++, batch))) return;
          batch.forEach(function (answer) { self.inFlight.add(answer.sequence); });
        }
      });
  };

  // Resolves with the answers that have now arrived.
  OutboxSender.prototype.acknowledged = function (ack) {
    const self = this;
    const sessionId = this.sessionId;
    ack.sequences.forEach(function (sequence) { self.inFlight.delete(sequence); });
    if (!sessionId) return Promise.resolve([]);
    return this.store.acknowledge(sessionId, ack.sequences).then(function (arrived) {
      self.pump();
      return arrived;
    });
  };

  // A refused answer stays stored and in the outbox, but is not sent again on this connection.
  OutboxSender.prototype.refused = function (sequence) {
    this.inFlight.delete(sequence);
    this.rejected.add(sequence);
  };

  return OutboxSender;
})();
