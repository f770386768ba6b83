// Protocol version 2 (docs/protocol.md): the messages this page sends, and checks of what the
// hub sends before anything of it is stored.
"use strict";

DP.protocol = (function () {
  const version = 2;
  const maxAnswersPerBatch = 500;
  const phases = ["lobby", "rating", "discussion", "finished"];

  function encode(type, fields) {
    return JSON.stringify(Object.assign({ v: version, type: type }, fields || {}));
  }

  // The device id goes only with the session it belongs to: nothing links two workshops.
  function hello(roomCode, sessionId, deviceId) {
    const fields = { roomCode: roomCode, client: "web" };
    if (sessionId) {
      fields.sessionId = sessionId;
      if (deviceId) fields.deviceId = deviceId;
    }
    return encode("hello", fields);
  }

  function participant(person) {
    const fields = { sessionId: person.sessionId, pseudonym: person.pseudonym };
    if (person.groupId) fields.groupId = person.groupId;
    return encode("participant", fields);
  }

  function answers(batch, list) {
    return encode("answers", {
      batch: batch,
      answers: list.map(function (answer) {
        return {
          sessionId: answer.sessionId,
          round: answer.round,
          statementId: answer.statementId,
          pseudonym: answer.pseudonym,
          answer: answer.answer,
          sequence: answer.sequence,
        };
      }),
    });
  }

  function ping(pending) {
    return encode("ping", { pending: pending });
  }

  function offerSession(record, answerCount) {
    return encode("offer_session", {
      session: record.session,
      seal: record.seal,
      phase: record.phase,
      openStatements: record.openStatements,
      answers: answerCount,
    });
  }

  const isString = function (value) { return typeof value === "string" && value.length > 0; };
  const isCount = function (value) { return Number.isSafeInteger(value) && value >= 0; };
  const isStringList = function (value) { return Array.isArray(value) && value.every(isString); };

  // What each message from the hub must carry; more fields are tolerated (a newer hub).
  const schemas = {
    welcome: { sessionId: isString, deviceId: isString, highWater: isCount, heartbeatMs: isCount },
    state: {
      phase: function (value) { return phases.indexOf(value) >= 0; },
      round: function (value) { return Number.isSafeInteger(value) && value >= 1 && value <= 99; },
      openStatements: isStringList,
      session: function (value) {
        return value !== null && typeof value === "object" && isString(value.id)
          && value.catalog !== null && typeof value.catalog === "object"
          && Array.isArray(value.catalog.dimensions) && Array.isArray(value.catalog.scales)
          && (value.groups === undefined || Array.isArray(value.groups));
      },
      seal: function (value) { return value === undefined || typeof value === "string"; },
    },
    ack: {
      batch: isCount,
      sequences: function (value) { return Array.isArray(value) && value.every(isCount); },
      highWater: isCount,
    },
    reject: { sequence: isCount, code: isString, message: function (value) { return typeof value === "string"; } },
    error: {
      code: isString,
      message: function (value) { return typeof value === "string"; },
      fatal: function (value) { return typeof value === "boolean"; },
      retryAfterMs: function (value) { return value === undefined || isCount(value); },
    },
    pong: {},
    restore_request: {},
  };

  // Returns {message} for a well-formed hub message, else {problem} naming what is wrong.
  function parse(text) {
    let message;
    try {
      message = JSON.parse(text);
    } catch (error) {
      return { problem: "not JSON" };
    }
    if (message === null || typeof message !== "object" || Array.isArray(message))
      return { problem: "not an object" };
    if (message.v !== version) return { problem: "version " + message.v };
    const schema = schemas[message.type];
    if (!schema) return { problem: "unknown type " + message.type };
    for (const field of Object.keys(schema)) {
      if (!schema[field](message[field])) return { problem: message.type + ": bad " + field };
    }
    return { message: message };
  }

  return {
    version: version,
    maxAnswersPerBatch: maxAnswersPerBatch,
    hello: hello,
    participant: participant,
    answers: answers,
    ping: ping,
    offerSession: offerSession,
    parse: parse,
  };
})();
