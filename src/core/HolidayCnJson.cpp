// SPDX-License-Identifier: MIT
// holiday-cn JSON schedules: {"year": 2026, "days": [{"name", "date", "isOffDay"}, …]}.
#include "core/CalendarFile.h"
#include "core/CalendarFileParts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace sf {
namespace {

using calendarfile::lineAt;

// Byte offsets of the parts of an already valid JSON text that error messages point at.
// QJsonDocument keeps no positions, so this walks the text once more.
class JsonPositions
{
public:
    explicit JsonPositions(const QByteArray &text)
        : m_text(text)
    {
        scanRoot();
    }

    qsizetype root = 0;                          // the top-level value
    QHash<QByteArray, qsizetype> rootValues;     // top-level key -> its value
    QList<qsizetype> dayStarts;                  // each element of "days"
    QList<QHash<QByteArray, qsizetype>> dayKeys; // per element: key -> its value

private:
    char at(qsizetype pos) const { return pos < m_text.size() ? m_text.at(pos) : '\0'; }
    void skipSpace()
    {
        while (m_pos < m_text.size() && QChar::isSpace(uchar(m_text.at(m_pos))))
            ++m_pos;
    }
    QByteArray readString()
    {
        const qsizetype begin = ++m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos) != '"')
            m_pos += m_text.at(m_pos) == '\\' ? 2 : 1;
        return m_text.mid(begin, m_pos++ - begin);
    }
    // Calls onMember(key, valueOffset) with m_pos at each value; onMember must skip it.
    template<typename F>
    void scanObject(F onMember)
    {
        ++m_pos;
        for (skipSpace(); m_pos < m_text.size() && at(m_pos) != '}'; skipSpace()) {
            const QByteArray key = readString();
            skipSpace();
            ++m_pos; // ':'
            skipSpace();
            onMember(key, m_pos);
            skipSpace();
            if (at(m_pos) == ',')
                ++m_pos;
        }
        ++m_pos;
    }
    template<typename F>
    void scanArray(F onElement)
    {
        ++m_pos;
        for (skipSpace(); m_pos < m_text.size() && at(m_pos) != ']'; skipSpace()) {
            onElement(m_pos);
            skipSpace();
            if (at(m_pos) == ',')
                ++m_pos;
        }
        ++m_pos;
    }
    void skipValue()
    {
        switch (at(m_pos)) {
        case '{': scanObject([this](const QByteArray &, qsizetype) { skipValue(); }); break;
        case '[': scanArray([this](qsizetype) { skipValue(); }); break;
        case '"': readString(); break;
        default:
            while (m_pos < m_text.size() && !QChar::isSpace(uchar(m_text.at(m_pos))) &&
                   !QByteArray(",]}").contains(m_text.at(m_pos)))
                ++m_pos;
        }
    }
    void scanDay(qsizetype start)
    {
        dayStarts.append(start);
        dayKeys.append(QHash<QByteArray, qsizetype>());
        if (at(m_pos) != '{')
            return skipValue();
        scanObject([this](const QByteArray &key, qsizetype value) {
            dayKeys.last().insert(key, value);
            skipValue();
        });
    }
    void scanRoot()
    {
        skipSpace();
        root = m_pos;
        if (at(m_pos) != '{')
            return;
        scanObject([this](const QByteArray &key, qsizetype value) {
            rootValues.insert(key, value);
            if (key != "days" || at(m_pos) != '[')
                return skipValue();
            // A repeated "days" replaces the earlier one, as in QJsonObject.
            dayStarts.clear();
            dayKeys.clear();
            scanArray([this](qsizetype start) { scanDay(start); });
        });
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

// A value as it would be written in JSON, to quote it in a message.
QString jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// "2026-01-01" exactly: QDate::fromString would also take other spellings.
QDate strictDate(const QString &text)
{
    static const QString pattern = QStringLiteral("dddd-dd-dd");
    if (text.size() != pattern.size())
        return {};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool digitWanted = pattern.at(i) == u'd';
        if (digitWanted != text.at(i).isDigit() || (!digitWanted && text.at(i) != u'-'))
            return {};
    }
    return QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
}

class JsonSchedule
{
public:
    explicit JsonSchedule(const QByteArray &text)
        : m_text(text)
        , m_positions(text)
    {}

    std::optional<CalendarParseError> read(const QJsonDocument &document)
    {
        if (!document.isObject())
            return fail(m_positions.root,
                        CalendarParseError::tr("the top level must be a JSON object"));
        const QJsonObject root = document.object();
        if (auto error = readYear(root))
            return error;
        const QJsonValue days = root.value(QLatin1String("days"));
        if (days.isUndefined())
            return fail(m_positions.root, CalendarParseError::tr("\"days\" is missing"));
        if (!days.isArray())
            return fail(m_positions.rootValues.value("days"),
                        CalendarParseError::tr("\"days\" must be an array"));
        const QJsonArray array = days.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto error = readDay(array.at(i), i))
                return error;
        }
        return m_days.checkYear(m_year);
    }

    CalendarFileData data() const { return {m_year, m_days.sortedDays()}; }

private:
    CalendarParseError fail(qsizetype offset, const QString &reason) const
    {
        return {lineAt(m_text, offset), reason};
    }

    std::optional<CalendarParseError> readYear(const QJsonObject &root)
    {
        const QJsonValue year = root.value(QLatin1String("year"));
        if (year.isUndefined())
            return fail(m_positions.root, CalendarParseError::tr("\"year\" is missing"));
        const double value = year.toDouble(-1);
        if (!year.isDouble() || value < calendarfile::kMinScheduleYear ||
            value > calendarfile::kMaxScheduleYear || value != std::floor(value)) {
            return fail(m_positions.rootValues.value("year"),
                        CalendarParseError::tr("\"year\" must be a year from %1 to %2")
                            .arg(calendarfile::kMinScheduleYear)
                            .arg(calendarfile::kMaxScheduleYear));
        }
        m_year = int(value);
        return std::nullopt;
    }

    std::optional<CalendarParseError> readDay(const QJsonValue &value, qsizetype index)
    {
        const qsizetype start = m_positions.dayStarts.value(index, m_positions.root);
        const QHash<QByteArray, qsizetype> keys = m_positions.dayKeys.value(index);
        const QString number = QString::number(index + 1);
        if (!value.isObject())
            return fail(start, CalendarParseError::tr("day %1 is not an object").arg(number));
        const QJsonObject day = value.toObject();
        // Point at the member itself where it exists, else at the day's opening brace.
        const auto lineOf = [&](const char *key) {
            return keys.value(key, start);
        };

        const QJsonValue dateValue = day.value(QLatin1String("date"));
        if (dateValue.isUndefined())
            return fail(start, CalendarParseError::tr("day %1 has no \"date\"").arg(number));
        const QDate date = strictDate(dateValue.toString());
        if (!date.isValid())
            return fail(lineOf("date"),
                        CalendarParseError::tr("invalid date %1: expected \"YYYY-MM-DD\"")
                            .arg(jsonText(dateValue)));
        const QJsonValue offDay = day.value(QLatin1String("isOffDay"));
        if (offDay.isUndefined())
            return fail(start, CalendarParseError::tr("day %1 has no \"isOffDay\"").arg(number));
        if (!offDay.isBool())
            return fail(lineOf("isOffDay"),
                        CalendarParseError::tr("\"isOffDay\" must be true or false"));
        const QJsonValue name = day.value(QLatin1String("name"));
        if (!name.isUndefined() && !name.isString())
            return fail(lineOf("name"), CalendarParseError::tr("\"name\" must be text"));
        return m_days.add({date, offDay.toBool(), name.toString()}, lineAt(m_text, lineOf("date")));
    }

    const QByteArray &m_text;
    JsonPositions m_positions;
    calendarfile::DayCollector m_days;
    int m_year = 0;
};

} // namespace

Result<CalendarFileData> parseHolidayCnJson(const QByteArray &data)
{
    // The byte order mark holds no line break, so offsets past it give the same line numbers.
    const QByteArray text = calendarfile::withoutBom(data);
    QJsonParseError syntax{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &syntax);
    if (syntax.error != QJsonParseError::NoError) {
        // A text cut short fails at its very end: name the last line that holds anything.
        qsizetype offset = syntax.offset;
        if (offset >= text.size()) {
            offset = text.size();
            while (offset > 0 && QChar::isSpace(uchar(text.at(offset - 1))))
                --offset;
        }
        return CalendarParseError{lineAt(text, offset), syntax.errorString()}.toError();
    }
    JsonSchedule schedule(text);
    if (auto error = schedule.read(document))
        return error->toError();
    return schedule.data();
}

} // namespace sf
