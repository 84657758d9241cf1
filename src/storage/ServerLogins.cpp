// SPDX-License-Identifier: MIT
#include "storage/ServerLogins.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <libpq-fe.h>

namespace sf {

namespace {

Status onServerOnly(const Database &db)
{
    if (db.dialect() == Dialect::PostgreSQL)
        return Ok{};
    return Error{ErrorKind::Invalid,
                 ServerLogins::tr("Database roles exist only on a PostgreSQL server."),
                 {}};
}

} // namespace

Result<QString> ServerLogins::sessionRole() const
{
    if (auto server = onServerOnly(m_db); !server)
        return server.error();
    auto query = sql::run(m_db, QStringLiteral("SELECT session_user"), {});
    if (!query)
        return query.error();
    if (!query->next())
        return sql::errorOf(*query);
    return query->value(0).toString();
}

Result<QString> ServerLogins::verifier(const QString &login, const QString &password) const
{
    const QVariant handle = m_db.connection().driver()->handle();
    PGconn *connection = nullptr;
    // QPSQL declares its handle as libpq's struct (pg_conn*, which PGconn names).
    if (handle.isValid() &&
        (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0))
        connection = *static_cast<PGconn *const *>(handle.data());
    if (!connection)
        return Error::storage(tr("The PostgreSQL connection is not available."));
    char *encrypted = PQencryptPasswordConn(connection, password.toUtf8().constData(),
                                            login.toUtf8().constData(), "scram-sha-256");
    if (!encrypted) {
        return Error::storage(tr("The password could not be prepared for the server: %1")
                                  .arg(QString::fromUtf8(PQerrorMessage(connection)).trimmed()));
    }
    const QString result = QString::fromUtf8(encrypted);
    PQfreemem(encrypted);
    return result;
}

Status ServerLogins::create(const QString &login, const QString &password) const
{
    if (auto server = onServerOnly(m_db); !server)
        return server;
    QVariant secret(QMetaType(QMetaType::QString));
    if (!password.isEmpty()) {
        auto scram = verifier(login, password);
        if (!scram)
            return scram.error();
        secret = *scram;
    }
    auto ran = sql::run(m_db, QStringLiteral("SELECT sf_create_login(?, ?)"), {login, secret});
    if (!ran)
        return ran.error();
    return Ok{};
}

Status ServerLogins::setPassword(const QString &login, const QString &password) const
{
    if (auto server = onServerOnly(m_db); !server)
        return server;
    auto scram = verifier(login, password);
    if (!scram)
        return scram.error();
    auto ran = sql::run(m_db, QStringLiteral("SELECT sf_set_password(?, ?)"), {login, *scram});
    if (!ran)
        return ran.error();
    return Ok{};
}

Result<bool> ServerLogins::verify(const QString &login, const QString &password) const
{
    if (auto server = onServerOnly(m_db); !server)
        return server.error();
    const QString name = QStringLiteral("sf-verify-") + QUuid::createUuid().toString();
    bool signedIn = false;
    {
        QSqlDatabase probe = QSqlDatabase::cloneDatabase(m_db.connection(), name);
        probe.setUserName(login);
        probe.setPassword(password);
        signedIn = probe.open();
        // PostgreSQL checks the password first, then whether the role may connect: a deactivated
        // user's right password is still recognised (the services then say "deactivated").
        if (!signedIn &&
            probe.lastError().text().contains(QLatin1String("not permitted to log in")))
            signedIn = true;
        probe.close();
    }
    QSqlDatabase::removeDatabase(name);
    return signedIn;
}

} // namespace sf
