#pragma once

#include "restoreoffers.h"

#include <QAbstractListModel>

namespace dp {

/// The workshops tablets offered to a hub in restore mode, for the moderator to choose one:
/// title, date and the answers the tablets hold. Only offers whose seal this hub verified.
class RestoreOfferModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        SessionIdRole = Qt::UserRole + 1,
        TitleRole,
        DateRole, ///< ISO 8601 date text ("2024-05-06")
        DateTextRole, ///< as the workshop library shows it ("06.05.2024")
        AnswersRole, ///< the answers on the offering tablets, added up
        TabletsRole, ///< how many connected tablets offered it
    };
    Q_ENUM(Role)

    explicit RestoreOfferModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_candidates.size()); }
    const QList<RestoreCandidate>& candidates() const { return m_candidates; }
    void setCandidates(const QList<RestoreCandidate>& candidates);

signals:
    void countChanged();

private:
    QList<RestoreCandidate> m_candidates;
};

} // namespace dp
