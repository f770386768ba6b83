#include "attendeeworld.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace dp::test {

void AttendeeWorld::makeDirectory()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void AttendeeWorld::open()
{
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath("test.sqlite"), &error), qPrintable(error));
    m_sessions = std::make_unique<SessionStore>(*m_db);
    m_answers = std::make_unique<AnswerService>(*m_db);
    m_attendee = std::make_unique<AttendeeSession>(*m_sessions, *m_answers,
        m_dir->filePath("state.ini"), m_dir->filePath("catalogs"), QString());
    new QAbstractItemModelTester(m_attendee->catalogs(),
        QAbstractItemModelTester::FailureReportingMode::QtTest, m_attendee.get());
    new QAbstractItemModelTester(m_attendee->groups(),
        QAbstractItemModelTester::FailureReportingMode::QtTest, m_attendee.get());
    new QAbstractItemModelTester(m_attendee->overview(),
        QAbstractItemModelTester::FailureReportingMode::QtTest, m_attendee.get());
}

void AttendeeWorld::close()
{
    m_attendee.reset();
    m_answers.reset();
    m_sessions.reset();
    m_db.reset();
}

void AttendeeWorld::destroy()
{
    close();
    m_dir.reset();
}

int AttendeeWorld::rowOfCatalog(const QString& id) const
{
    CatalogListModel* catalogs = m_attendee->catalogs();
    for (int row = 0; row < catalogs->rowCount(); ++row) {
        if (catalogs->index(row).data(CatalogListModel::CatalogIdRole).toString() == id)
            return row;
    }
    return -1;
}

} // namespace dp::test
