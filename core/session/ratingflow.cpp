#include "ratingflow.h"

#include "answerservice.h"
#include "storage/ratingstore.h"

#include <QDebug>

#include <utility>

namespace dp {

RatingFlow::RatingFlow(AnswerService& answers, QObject* parent)
    : QObject(parent)
    , m_service(answers)
{
    connect(
        &m_service, &AnswerService::answersAcknowledged, this, [this](const QString& sessionId) {
            if (m_active && sessionId == m_session.id)
                refreshAcknowledgements();
        });
}

void RatingFlow::start(const SessionRecord& session, const Participant& participant)
{
    m_session = session;
    m_participant = participant;
    m_statements = session.catalog.allStatements();
    m_open.reset();
    m_active = true;
    loadAnswers();
    emitAllChanged();
}

bool RatingFlow::switchRound(int round)
{
    if (!m_active || round < 1 || round == m_session.currentRound)
        return false;
    m_session.currentRound = round;
    loadAnswers();
    emitAllChanged();
    return true;
}

void RatingFlow::setOpenStatements(const QStringList& statementIds)
{
    QSet<QString> open(statementIds.cbegin(), statementIds.cend());
    if (m_open == open)
        return;
    m_open = std::move(open);
    emit openStatementsChanged();
    // The overview shows which statements are closed.
    for (const Statement& statement : std::as_const(m_statements))
        emit answerStateChanged(statement.id);
}

bool RatingFlow::isOpen(const QString& statementId) const
{
    return !m_open || m_open->contains(statementId);
}

void RatingFlow::loadAnswers()
{
    m_answers.clear();
    m_acknowledged.clear();
    const QList<Rating> stored = m_service.ratings().ratingsOf(
        m_session.id, m_participant.pseudonym, m_session.currentRound);
    for (const Rating& rating : stored)
        m_answers.insert(rating.statementId, rating.answer);
    m_lastSaveFailed = false;
    setErrorMessage({});
    refreshAcknowledgements();
    // Resuming puts the person where they left off, not back at the first statement.
    const int open = firstUnanswered();
    m_index = open >= 0 ? open : 0;
    loadScale();
}

void RatingFlow::emitAllChanged()
{
    emit sessionChanged();
    emit positionChanged();
    emit textsChanged();
    emit answersChanged();
    emit currentAnswerChanged();
    emit saveStateChanged();
    emit openStatementsChanged();
}

void RatingFlow::stop()
{
    m_session = {};
    m_participant = {};
    m_statements.clear();
    m_answers.clear();
    m_acknowledged.clear();
    m_open.reset();
    m_active = false;
    m_index = 0;
    m_lastSaveFailed = false;
    m_scaleOptions.clear();
    setErrorMessage({});
    emitAllChanged();
}

void RatingFlow::setLanguage(const QString& language)
{
    if (m_language == language)
        return;
    m_language = language;
    m_scaleOptions.setLanguage(language);
    emit textsChanged();
    emit currentAnswerChanged();
}

QString RatingFlow::catalogTitle() const
{
    return m_active ? m_session.catalog.title.text(m_language) : QString();
}

const Statement* RatingFlow::current() const
{
    if (!m_active || m_index < 0 || m_index >= m_statements.size())
        return nullptr;
    return &m_statements.at(m_index);
}

const Scale* RatingFlow::scaleOf(const Statement& statement) const
{
    return m_session.catalog.scaleFor(statement);
}

int RatingFlow::dimensionCount() const
{
    return m_active ? int(m_session.catalog.dimensions.size()) : 0;
}

int RatingFlow::dimensionNumber() const
{
    const Statement* statement = current();
    if (!statement)
        return 0;
    const auto& dimensions = m_session.catalog.dimensions;
    for (int i = 0; i < dimensions.size(); ++i) {
        if (dimensions.at(i).id == statement->dimensionId)
            return i + 1;
    }
    return 0;
}

QString RatingFlow::dimensionTitleOf(const Statement& statement) const
{
    const Dimension* dimension = m_session.catalog.dimension(statement.dimensionId);
    return dimension ? dimension->title.text(m_language) : QString();
}

QString RatingFlow::dimensionTitle() const
{
    const Statement* statement = current();
    return statement ? dimensionTitleOf(*statement) : QString();
}

int RatingFlow::numberInDimension() const
{
    const Statement* statement = current();
    if (!statement)
        return 0;
    int number = 0;
    for (int i = 0; i <= m_index; ++i) {
        if (m_statements.at(i).dimensionId == statement->dimensionId)
            ++number;
    }
    return number;
}

int RatingFlow::statementsInDimension() const
{
    const Statement* statement = current();
    if (!statement)
        return 0;
    const Dimension* dimension = m_session.catalog.dimension(statement->dimensionId);
    return dimension ? int(dimension->statements.size()) : 0;
}

QString RatingFlow::statementId() const
{
    const Statement* statement = current();
    return statement ? statement->id : QString();
}

QString RatingFlow::statementText() const
{
    const Statement* statement = current();
    return statement ? statement->text.text(m_language) : QString();
}

QString RatingFlow::statementHelp() const
{
    const Statement* statement = current();
    return statement ? statement->help.text(m_language) : QString();
}

int RatingFlow::currentAnswer() const
{
    const Statement* statement = current();
    if (!statement)
        return ScaleOptionModel::NoSelection;
    return m_answers.value(statement->id, ScaleOptionModel::NoSelection);
}

QString RatingFlow::currentAnswerLabel() const
{
    return answerLabelFor(statementId());
}

RatingFlow::SaveState RatingFlow::saveState() const
{
    if (m_lastSaveFailed)
        return SaveState::Failed;
    const QString id = statementId();
    if (id.isEmpty() || !m_answers.contains(id))
        return SaveState::NotAnswered;
    return m_acknowledged.value(id) ? SaveState::Acknowledged : SaveState::SavedLocally;
}

double RatingFlow::progress() const
{
    return m_statements.isEmpty() ? 0.0 : double(m_answers.size()) / double(m_statements.size());
}

bool RatingFlow::isComplete() const
{
    return m_active && !m_statements.isEmpty() && m_answers.size() == m_statements.size();
}

std::optional<int> RatingFlow::answerFor(const QString& statementId) const
{
    const auto it = m_answers.constFind(statementId);
    if (it == m_answers.cend())
        return std::nullopt;
    return it.value();
}

QString RatingFlow::answerLabelFor(const QString& statementId) const
{
    const auto answer = answerFor(statementId);
    const Statement* statement = m_session.catalog.statement(statementId);
    if (!answer || !statement)
        return {};
    const Scale* scale = scaleOf(*statement);
    return scale ? scale->labelFor(*answer, m_language) : QString::number(*answer);
}

bool RatingFlow::isAcknowledged(const QString& statementId) const
{
    return m_acknowledged.value(statementId);
}

bool RatingFlow::answer(int value)
{
    const Statement* statement = current();
    if (!statement) {
        setErrorMessage(tr("There is no statement to answer."));
        return false;
    }
    const QString id = statement->id;
    if (!isOpen(id)) {
        // The moderator closed it (e.g. while it is being discussed): the stored answer stays.
        setErrorMessage(tr("The moderator has closed this statement for rating."));
        return false;
    }
    QString error;
    const std::optional<Rating> stored = m_service.save(
        m_session.id, m_session.currentRound, id, m_participant.pseudonym, value, &error);
    if (!stored) {
        m_lastSaveFailed = true;
        setErrorMessage(tr("The answer could not be saved: %1").arg(error));
        qWarning().noquote() << "Dialogpunkte: saving an answer failed:" << error;
        emit saveStateChanged();
        emit saveFailed(m_errorMessage);
        return false;
    }
    m_lastSaveFailed = false;
    setErrorMessage({});
    m_answers.insert(id, stored->answer);
    // A changed answer is a new rating the moderator has not seen yet.
    m_acknowledged.insert(id, false);
    m_scaleOptions.setSelectedValue(stored->answer);
    emit currentAnswerChanged();
    emit answersChanged();
    emit saveStateChanged();
    emit answerStateChanged(id);
    emit saved(id, stored->answer);
    return true;
}

bool RatingFlow::goTo(int index)
{
    if (!m_active || index < 0 || index >= count())
        return false;
    if (index == m_index)
        return true;
    m_index = index;
    m_lastSaveFailed = false;
    setErrorMessage({});
    loadScale();
    emit positionChanged();
    emit textsChanged();
    emit currentAnswerChanged();
    emit saveStateChanged();
    emit openStatementsChanged();
    return true;
}

bool RatingFlow::next()
{
    return goTo(m_index + 1);
}

bool RatingFlow::back()
{
    return goTo(m_index - 1);
}

int RatingFlow::firstUnanswered() const
{
    for (int i = 0; i < m_statements.size(); ++i) {
        if (!m_answers.contains(m_statements.at(i).id))
            return i;
    }
    return -1;
}

void RatingFlow::finish()
{
    if (m_active)
        emit finished();
}

void RatingFlow::refreshAcknowledgements()
{
    if (!m_active)
        return;
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
        const bool acknowledged = m_service.ratings().isAcknowledged(
            m_session.id, m_session.currentRound, it.key(), m_participant.pseudonym);
        if (m_acknowledged.value(it.key()) != acknowledged) {
            m_acknowledged.insert(it.key(), acknowledged);
            emit answerStateChanged(it.key());
        }
    }
    emit saveStateChanged();
}

void RatingFlow::loadScale()
{
    const Statement* statement = current();
    const Scale* scale = statement ? scaleOf(*statement) : nullptr;
    if (!scale) {
        m_scaleOptions.clear();
        return;
    }
    m_scaleOptions.setScale(*scale, m_language);
    m_scaleOptions.setSelectedValue(currentAnswer());
}

void RatingFlow::setErrorMessage(const QString& message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

} // namespace dp
