#pragma once

#include "session/answerservice.h"
#include "session/attendeesession.h"
#include "storage/database.h"
#include "storage/ratingstore.h"
#include "storage/sessionstore.h"

#include <QTemporaryDir>

#include <memory>

namespace dp::test {

// An attendee's app on a temporary data directory: database, stores, the AnswerService and the
// session controller,
// with its catalog, group and overview models under QAbstractItemModelTester.
class AttendeeWorld
{
public:
    // Creates the temporary directory; failures fail the current test.
    void makeDirectory();
    // Opens the database, stores and controller in the directory (again after close()).
    void open();
    void close();
    // Closes everything and removes the directory.
    void destroy();

    QTemporaryDir& dir() { return *m_dir; }
    Database& database() { return *m_db; }
    SessionStore& sessions() { return *m_sessions; }
    AnswerService& answers() { return *m_answers; }
    const RatingStore& ratings() const { return m_answers->ratings(); }
    AttendeeSession* attendee() const { return m_attendee.get(); }

    // The row of a catalog in the attendee's catalog list, or -1.
    int rowOfCatalog(const QString& id) const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<AnswerService> m_answers;
    std::unique_ptr<AttendeeSession> m_attendee;
};

} // namespace dp::test
