#pragma once

#include "scaleoptionmodel.h"
#include "storage/records.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

namespace dp {

class AnswerService;

/// One participant working through a session's statements: position, texts, answers, saving.
///
/// An answer counts as saved only after AnswerService::save() has committed it; the `saved`
/// signal and the save state follow that commit, never the button press. The service's
/// acknowledgements turn "saved on this device" into "received by the moderator".
class RatingFlow : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ isActive NOTIFY sessionChanged)
    Q_PROPERTY(QString catalogTitle READ catalogTitle NOTIFY textsChanged)
    Q_PROPERTY(QString pseudonym READ pseudonym NOTIFY sessionChanged)
    Q_PROPERTY(int count READ count NOTIFY sessionChanged)
    Q_PROPERTY(int round READ round NOTIFY sessionChanged)
    Q_PROPERTY(int index READ index NOTIFY positionChanged)
    Q_PROPERTY(int dimensionCount READ dimensionCount NOTIFY sessionChanged)
    Q_PROPERTY(int dimensionNumber READ dimensionNumber NOTIFY positionChanged)
    Q_PROPERTY(QString dimensionTitle READ dimensionTitle NOTIFY textsChanged)
    Q_PROPERTY(int numberInDimension READ numberInDimension NOTIFY positionChanged)
    Q_PROPERTY(int statementsInDimension READ statementsInDimension NOTIFY positionChanged)
    Q_PROPERTY(QString statementId READ statementId NOTIFY positionChanged)
    Q_PROPERTY(QString statementText READ statementText NOTIFY textsChanged)
    Q_PROPERTY(QString statementHelp READ statementHelp NOTIFY textsChanged)
    Q_PROPERTY(bool statementOpen READ isStatementOpen NOTIFY openStatementsChanged)
    Q_PROPERTY(int currentAnswer READ currentAnswer NOTIFY currentAnswerChanged)
    Q_PROPERTY(bool hasAnswer READ hasAnswer NOTIFY currentAnswerChanged)
    Q_PROPERTY(QString currentAnswerLabel READ currentAnswerLabel NOTIFY currentAnswerChanged)
    Q_PROPERTY(SaveState saveState READ saveState NOTIFY saveStateChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY answersChanged)
    Q_PROPERTY(double progress READ progress NOTIFY answersChanged)
    Q_PROPERTY(bool complete READ isComplete NOTIFY answersChanged)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY positionChanged)
    Q_PROPERTY(bool canGoNext READ canGoNext NOTIFY positionChanged)
    Q_PROPERTY(bool atLast READ isAtLast NOTIFY positionChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(dp::ScaleOptionModel* scaleOptions READ scaleOptions CONSTANT)

public:
    /// What the small indicator shows for the current statement.
    enum class SaveState {
        NotAnswered, ///< nothing stored yet
        SavedLocally, ///< committed to this device's database
        Acknowledged, ///< the moderator confirmed it has the answer
        Failed, ///< the last attempt to store failed; the previous answer is still in place
    };
    Q_ENUM(SaveState)

    explicit RatingFlow(AnswerService& answers, QObject* parent = nullptr);

    /// Starts (or resumes) `participant` in `session`; stored answers are loaded.
    void start(const SessionRecord& session, const Participant& participant);
    /// Forgets the session: nothing of the previous participant stays visible.
    void stop();
    /// The moderator started another round: answers of `round` are shown and stored from now
    /// on (the earlier rounds' answers stay stored). The flow begins again at the first
    /// statement. Returns false when inactive or already in that round.
    bool switchRound(int round);
    /// Only these statements may be answered (the moderator closed the others); a started
    /// flow allows all until this is called.
    void setOpenStatements(const QStringList& statementIds);
    void setLanguage(const QString& language);
    QString language() const { return m_language; }

    bool isActive() const { return m_active; }
    const SessionRecord& session() const { return m_session; }
    const QList<Statement>& statements() const { return m_statements; }
    QString catalogTitle() const;
    QString pseudonym() const { return m_participant.pseudonym; }
    int round() const { return m_active ? m_session.currentRound : 0; }
    int count() const { return int(m_statements.size()); }
    int index() const { return m_index; }
    int dimensionCount() const;
    int dimensionNumber() const;
    QString dimensionTitle() const;
    int numberInDimension() const;
    int statementsInDimension() const;
    QString statementId() const;
    QString statementText() const;
    QString statementHelp() const;
    bool isStatementOpen() const { return isOpen(statementId()); }
    /// False when the moderator closed the statement for rating.
    bool isOpen(const QString& statementId) const;
    int currentAnswer() const;
    bool hasAnswer() const { return currentAnswer() != ScaleOptionModel::NoSelection; }
    QString currentAnswerLabel() const;
    SaveState saveState() const;
    int answeredCount() const { return int(m_answers.size()); }
    double progress() const;
    bool isComplete() const;
    bool canGoBack() const { return m_active && m_index > 0; }
    bool canGoNext() const { return m_active && m_index + 1 < count(); }
    bool isAtLast() const { return m_active && m_index == count() - 1; }
    QString errorMessage() const { return m_errorMessage; }
    ScaleOptionModel* scaleOptions() { return &m_scaleOptions; }

    /// The stored answer for a statement, or nothing.
    std::optional<int> answerFor(const QString& statementId) const;
    /// The answer's label in the current language ("" when unanswered).
    QString answerLabelFor(const QString& statementId) const;
    bool isAcknowledged(const QString& statementId) const;
    QString dimensionTitleOf(const Statement& statement) const;

    /// Stores `value` for the current statement. Returns false (with errorMessage) on failure.
    Q_INVOKABLE bool answer(int value);
    Q_INVOKABLE bool next();
    Q_INVOKABLE bool back();
    Q_INVOKABLE bool goTo(int index);
    /// Index of the first unanswered statement, or -1 when all are answered.
    Q_INVOKABLE int firstUnanswered() const;
    /// The participant says they are done (even with gaps: not judging is allowed).
    Q_INVOKABLE void finish();
    /// Re-reads acknowledgements, e.g. after the moderator confirmed receipt.
    Q_INVOKABLE void refreshAcknowledgements();

signals:
    void sessionChanged();
    void positionChanged();
    void textsChanged();
    void currentAnswerChanged();
    void saveStateChanged();
    void answersChanged();
    void errorMessageChanged();
    void openStatementsChanged();
    /// Emitted after the answer is committed to the local database.
    void saved(const QString& statementId, int answer);
    void saveFailed(const QString& message);
    /// An answer's stored state changed (saved or acknowledged), for the overview.
    void answerStateChanged(const QString& statementId);
    void finished();

private:
    const Statement* current() const;
    const Scale* scaleOf(const Statement& statement) const;
    void loadScale();
    void loadAnswers();
    void emitAllChanged();
    void setErrorMessage(const QString& message);

    AnswerService& m_service;
    ScaleOptionModel m_scaleOptions;
    SessionRecord m_session;
    Participant m_participant;
    QList<Statement> m_statements;
    QHash<QString, int> m_answers; ///< statement id -> stored answer
    QHash<QString, bool> m_acknowledged;
    /// Statements the moderator keeps open; empty optional = all open (local sessions).
    std::optional<QSet<QString>> m_open;
    QString m_language = QStringLiteral("de");
    QString m_errorMessage;
    int m_index = 0;
    bool m_active = false;
    bool m_lastSaveFailed = false;
};

} // namespace dp
