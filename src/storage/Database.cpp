// SPDX-License-Identifier: MIT
#include "storage/Database.h"

#include "core/Log.h"
#include "core/ServerLocation.h"
#include "storage/CharTokenizer.h"
#include "storage/Migrator.h"
#include "storage/SqlError.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <sqlite3.h>

namespace sf {
namespace {

constexpr int kBusyTimeoutMs = 5000;
constexpr qint64 kJournalSizeLimit = 64LL * 1024 * 1024;
// The channel of the tables' NOTIFY triggers (PostgreSQL migration 8).
const QString kChangesChannel = QStringLiteral("salesflow_changes");

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("salesflow-%1").arg(++counter);
}

// Checks what can be checked before SQLite touches anything, so that a wrong file is refused
// with a clear message and left exactly as it was.
Status checkLocation(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile())
            return Error::storage(Database::tr("%1 is not a file.").arg(path));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::storage(Database::tr("Cannot read %1: %2").arg(path, file.errorString()));
        const QByteArray header = file.read(16);
        if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
            return Error::storage(
                Database::tr("%1 is not a SalesFlow database (it is not an SQLite file). "
                             "The file was left untouched.")
                    .arg(path));
        if (!info.isWritable())
            return Error::storage(
                Database::tr("The database file %1 is read-only; SalesFlow needs to write to it.")
                    .arg(path));
        return Ok{};
    }
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder))
        return Error::storage(Database::tr("Cannot create the folder %1 for the database.")
                                  .arg(QDir::toNativeSeparators(folder)));
    if (!QFileInfo(folder).isWritable())
        return Error::storage(
            Database::tr("The folder %1 is not writable, so the database cannot be created there.")
                .arg(QDir::toNativeSeparators(folder)));
    // Also catches what permission bits do not show (read-only mounts, ACLs).
    QFile probe(folder + QStringLiteral("/.salesflow-write-test"));
    if (!probe.open(QIODevice::WriteOnly))
        return Error::storage(
            Database::tr("The folder %1 is not writable, so the database cannot be created there.")
                .arg(QDir::toNativeSeparators(folder)));
    probe.close();
    probe.remove();
    return Ok{};
}

// A value in libpq's connection string: quoted, its quotes and backslashes escaped.
QString conninfoValue(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + value + u'\'';
}

// LISTENs on the changes channel; logs why not.
bool subscribeToChanges(QSqlDriver *driver, const QString &where)
{
    if (driver->subscribeToNotification(kChangesChannel))
        return true;
    layerLogger("storage")->warn("cannot listen for changes on {}: {}", qUtf8Printable(where),
                                 qUtf8Printable(driver->lastError().text()));
    return false;
}

Result<QString> pragmaValue(const QSqlDatabase &connection, const QString &pragma)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma))
        return sql::errorOf(query);
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

Database::Database(QString path, QString connectionName, Dialect dialect)
    : m_path(std::move(path))
    , m_dialect(dialect)
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        if (connection.isOpen())
            connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isServerUrl(const QString &location)
{
    return ServerLocation::looksLikeServer(location);
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &url, const QString &password)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    const QString shown = parsed.toString(QUrl::RemovePassword);
    const QString databaseName = parsed.path().mid(1);
    if (!parsed.isValid() || parsed.host().isEmpty() || databaseName.isEmpty() ||
        databaseName.contains(u'/'))
        return Error::storage(tr("%1 is not a PostgreSQL address of the form "
                                 "postgresql://user@host:port/database.")
                                  .arg(shown));
    std::unique_ptr<Database> db(new Database(shown, nextConnectionName(), Dialect::PostgreSQL));
    QSqlDatabase connection =
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
    if (!connection.isValid())
        return Error::storage(tr("Qt's PostgreSQL driver (QPSQL) is not installed; install the "
                                 "package libqt6sql6-psql."));
    connection.setHostName(parsed.host());
    connection.setPort(parsed.port(5432));
    connection.setDatabaseName(databaseName);
    if (!parsed.userName().isEmpty())
        connection.setUserName(parsed.userName());
    const QString secret = password.isEmpty() ? parsed.password() : password;
    if (!secret.isEmpty())
        connection.setPassword(secret);
    // The URL's query items go to libpq as they are (sslmode, connect_timeout, …).
    QStringList options;
    const QUrlQuery query(parsed);
    bool timeoutGiven = false;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        options << key + u'=' + conninfoValue(value);
        timeoutGiven = timeoutGiven || key == QLatin1String("connect_timeout");
    }
    if (!timeoutGiven)
        options << QStringLiteral("connect_timeout=10");
    options << QStringLiteral("application_name=SalesFlow");
    connection.setConnectOptions(options.join(u';'));
    if (!connection.open())
        return Error::storage(tr("Cannot connect to the PostgreSQL database %1: %2")
                                  .arg(shown, connection.lastError().text()));
    {
        // NOTICEs ("already exists, skipping") would otherwise reach standard error.
        QSqlQuery quiet(connection);
        if (!quiet.exec(QStringLiteral("SET client_min_messages TO warning")))
            return sql::errorOf(quiet);
    }
    if (auto status = Migrator::checkCompatible(*db, true); !status)
        return status.error();
    if (auto status = Migrator::migrate(*db, true); !status)
        return status.error();
    db->listenForChanges();
    layerLogger("storage")->info("opened {} (schema {})", qUtf8Printable(db->m_path),
                                 db->schemaVersion());
    return db;
}

QString Database::serverUrlAs(const QString &url, const QString &login)
{
    QUrl parsed(url.trimmed());
    parsed.setUserName(login);
    parsed.setPassword(QString());
    return parsed.toString();
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const QString &password)
{
    if (isServerUrl(path))
        return openServer(path, password);
    if (path.trimmed().isEmpty())
        return Error::storage(tr("No database file was given."));
    if (auto status = checkLocation(path); !status)
        return status.error();

    const bool existed = QFileInfo::exists(path);
    std::unique_ptr<Database> db(
        new Database(QFileInfo(path).absoluteFilePath(), nextConnectionName()));
    QSqlDatabase connection =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    connection.setDatabaseName(db->m_path);
    // From the very first statement: processes opening one new file together wait for each other.
    connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!connection.open())
        return Error::storage(
            tr("Cannot open the database %1: %2").arg(path, connection.lastError().text()));
    // Checked before the first pragma that writes (journal_mode), so a refused file stays as it
    // was.
    if (auto status = Migrator::checkCompatible(*db, existed); !status)
        return status.error();
    if (auto status = db->configure(); !status)
        return status.error();
    db->m_handle = db->handle();
    // Before the migrations: the customer search index is created with this tokenizer.
    if (auto status = registerCharTokenizer(db->handle()); !status)
        return status.error();
    if (auto status = Migrator::migrate(*db, existed); !status)
        return status.error();
    layerLogger("storage")->info("opened {} (schema {}, journal {})", qUtf8Printable(db->m_path),
                                 db->schemaVersion(), qUtf8Printable(db->m_journalMode));
    return db;
}

Status Database::configure()
{
    const QSqlDatabase db = connection();
    // The busy timeout first, so that switching to WAL waits for other writers.
    for (const QString &pragma :
         {QStringLiteral("busy_timeout = %1").arg(kBusyTimeoutMs),
          QStringLiteral("foreign_keys = ON"), QStringLiteral("synchronous = FULL"),
          QStringLiteral("journal_size_limit = %1").arg(kJournalSizeLimit)}) {
        if (auto value = pragmaValue(db, pragma); !value)
            return value.error();
    }
    // Switching to WAL needs an exclusive lock and SQLite does not wait for it through the busy
    // handler: when another process is opening the same new file, try again for a while.
    auto mode = pragmaValue(db, QStringLiteral("journal_mode"));
    QElapsedTimer waited;
    waited.start();
    while (mode && mode->toLower() != QLatin1String("wal")) {
        mode = pragmaValue(db, QStringLiteral("journal_mode = WAL"));
        if (mode || waited.elapsed() > kBusyTimeoutMs)
            break;
        QThread::msleep(20);
        mode = pragmaValue(db, QStringLiteral("journal_mode"));
    }
    if (!mode)
        return mode.error();
    m_journalMode = mode->toLower();
    if (m_journalMode != QLatin1String("wal")) {
        // The file system may not support WAL (network shares); go on, but say so.
        layerLogger("storage")->warn("journal_mode is {} instead of wal for {}",
                                     qUtf8Printable(m_journalMode), qUtf8Printable(m_path));
    }
    auto foreignKeys = pragmaValue(db, QStringLiteral("foreign_keys"));
    if (!foreignKeys)
        return foreignKeys.error();
    if (*foreignKeys != QLatin1String("1"))
        return Error::storage(tr("This SQLite build does not enforce foreign keys."));
    return Ok{};
}

void Database::listenForChanges()
{
    // Qt's driver reads notifications through a socket notifier of the thread that owns the
    // connection; without an event dispatcher (std::thread) nothing would ever read them.
    if (QThread::currentThread()->eventDispatcher() == nullptr)
        return;
    QSqlDriver *driver = connection().driver();
    if (!subscribeToChanges(driver, m_path))
        return;
    m_listener = std::make_unique<QObject>();
    // The driver tells its own session's notifications (SelfSource) by the backend's process id.
    QObject::connect(driver, &QSqlDriver::notification, m_listener.get(),
                     [this](const QString &name, QSqlDriver::NotificationSource source) {
                         if (name == kChangesChannel && source == QSqlDriver::OtherSource)
                             ++m_othersChanges;
                     });
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::setCacheSizeKiB(int kibibytes) const
{
    if (m_dialect == Dialect::PostgreSQL)
        return Ok{};
    // A negative cache_size is in KiB; the value is a number we format, not user input.
    auto value = pragmaValue(connection(), QStringLiteral("cache_size = %1").arg(-kibibytes));
    if (!value)
        return value.error();
    return Ok{};
}

int Database::cacheSizeKiB() const
{
    if (m_dialect == Dialect::PostgreSQL)
        return 0;
    auto value = pragmaValue(connection(), QStringLiteral("cache_size"));
    const int pages = value ? value->toInt() : -2000;
    return pages < 0 ? -pages : pages * 4;
}

void Database::interrupt() const
{
    // PostgreSQL: nothing yet. PQcancel (thread-safe, through PQgetCancel taken at open) or
    // pg_cancel_backend() from a second connection would stop the statement; QPSQL offers neither.
    if (m_handle)
        sqlite3_interrupt(m_handle);
}

sqlite3 *Database::handle() const
{
    const QVariant handle = connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

bool Database::inTransaction() const
{
    sqlite3 *raw = handle();
    return raw && sqlite3_get_autocommit(raw) == 0;
}

qint64 Database::dataVersion() const
{
    if (m_listener) {
        QSqlDriver *driver = connection().driver();
        if (!driver->isOpen()) {
            if (!m_listenLost)
                layerLogger("storage")->warn(
                    "lost the connection to {}: colleagues' changes are not noticed until it is "
                    "opened again",
                    qUtf8Printable(m_path));
            m_listenLost = true;
            return m_othersChanges;
        }
        // Opening the connection again (QPSQL closes it first) ends its subscriptions.
        if (!driver->subscribedToNotifications().contains(kChangesChannel)) {
            if (!driver->subscribeToNotification(kChangesChannel)) {
                if (!m_listenLost)
                    layerLogger("storage")->warn("cannot listen for changes on {} again: {}",
                                                 qUtf8Printable(m_path),
                                                 qUtf8Printable(driver->lastError().text()));
                m_listenLost = true;
                return m_othersChanges;
            }
            layerLogger("storage")->warn("the connection to {} was opened again: listening for "
                                         "changes again",
                                         qUtf8Printable(m_path));
            m_listenLost = false;
            ++m_othersChanges; // what changed meanwhile is unknown
        }
        return m_othersChanges;
    }
    if (m_dialect == Dialect::PostgreSQL) {
        // Not listening (see the header): the snapshot changes whenever a transaction of the
        // server starts writing or ends.
        QSqlQuery query(connection());
        if (!query.exec(QStringLiteral("SELECT pg_current_snapshot()::text")) || !query.next())
            return -1;
        return qint64(qHash(query.value(0).toString()) & 0x7fffffffffffffffULL);
    }
    auto value = pragmaValue(connection(), QStringLiteral("data_version"));
    return value ? value->toLongLong() : -1;
}

int Database::schemaVersion() const
{
    if (m_dialect == Dialect::PostgreSQL) {
        QSqlQuery query(connection());
        if (!query.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) ||
            !query.next())
            return -1;
        if (!query.value(0).toBool())
            return 0;
        if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")) ||
            !query.next())
            return -1;
        return query.value(0).toInt();
    }
    auto value = pragmaValue(connection(), QStringLiteral("user_version"));
    return value ? value->toInt() : -1;
}

} // namespace sf
