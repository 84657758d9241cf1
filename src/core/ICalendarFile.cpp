// SPDX-License-Identifier: MIT
// iCalendar schedules as holiday-cn publishes them: one all-day VEVENT per span of days off or
// per make-up working day (SUMMARY "上班(…)"), DTEND exclusive (RFC 5545).
#include "core/CalendarFile.h"
#include "core/CalendarFileParts.h"

#include <QStringDecoder>

#include <map>

namespace sf {
namespace {

// No public holiday lasts longer; a longer event is a typo in DTEND.
constexpr qint64 kMaxEventDays = 31;

// One logical line after unfolding, with the physical line it starts on.
struct ContentLine
{
    int line = 0;
    QByteArray bytes;
};

struct Property
{
    QString name; // upper-case
    QString value;
};

QString unescapeText(const QString &value)
{
    QString text;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'\\' && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            text += (next == u'n' || next == u'N') ? QChar(u' ') : next;
        } else {
            text += value.at(i);
        }
    }
    return text.trimmed();
}

class IcsSchedule
{
public:
    std::optional<CalendarParseError> read(const QByteArray &text)
    {
        if (auto error = unfold(text))
            return error;
        if (m_lines.isEmpty())
            return CalendarParseError{1, CalendarParseError::tr("the file is empty")};
        for (const ContentLine &line : std::as_const(m_lines)) {
            if (auto error = readLine(line))
                return error;
        }
        if (!m_open.isEmpty()) {
            const Component &open = m_open.last();
            return CalendarParseError{
                open.line,
                CalendarParseError::tr("BEGIN:%1 is never ended by END:%1").arg(open.name)};
        }
        if (m_days.isEmpty())
            return CalendarParseError{m_calendarLine,
                                      CalendarParseError::tr("the calendar has no events")};
        m_year = mostCommonStartYear();
        return m_days.checkYear(m_year);
    }

    CalendarFileData data() const { return {m_year, m_days.sortedDays()}; }

private:
    struct Component
    {
        QString name;
        int line = 0;
    };
    struct DateProperty
    {
        QDate date;
        int line = 0;
    };
    struct Event
    {
        int line = 0;
        std::optional<DateProperty> start;
        std::optional<DateProperty> end;
        std::optional<QString> summary;
    };

    // RFC 5545 3.1: a line that starts with a space or tab continues the previous one. Bytes are
    // joined before decoding, as a fold may split a multi-byte UTF-8 character.
    std::optional<CalendarParseError> unfold(const QByteArray &text)
    {
        const QList<QByteArray> physical = calendarfile::withoutBom(text).split('\n');
        for (qsizetype i = 0; i < physical.size(); ++i) {
            QByteArray bytes = physical.at(i);
            if (bytes.endsWith('\r'))
                bytes.chop(1);
            const int line = int(i + 1);
            if (bytes.startsWith(' ') || bytes.startsWith('\t')) {
                if (m_lines.isEmpty())
                    return CalendarParseError{
                        line, CalendarParseError::tr("a folded line continues no line")};
                m_lines.last().bytes += bytes.mid(1);
            } else if (!bytes.isEmpty()) {
                m_lines.append({line, bytes});
            }
        }
        return std::nullopt;
    }

    std::optional<CalendarParseError> parseProperty(const ContentLine &line, Property &property)
    {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder(line.bytes);
        if (decoder.hasError())
            return CalendarParseError{line.line, CalendarParseError::tr("the text is not UTF-8")};
        // The value starts after the first colon outside a quoted parameter value.
        qsizetype colon = -1;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size() && colon < 0; ++i) {
            if (text.at(i) == u'"')
                quoted = !quoted;
            else if (text.at(i) == u':' && !quoted)
                colon = i;
        }
        if (colon < 0)
            return CalendarParseError{
                line.line,
                CalendarParseError::tr("expected NAME:VALUE, found \"%1\"").arg(text.left(40))};
        property.name = text.left(colon).section(u';', 0, 0).trimmed().toUpper();
        property.value = text.mid(colon + 1);
        return std::nullopt;
    }

    std::optional<CalendarParseError> readLine(const ContentLine &line)
    {
        Property property;
        if (auto error = parseProperty(line, property))
            return error;
        if (property.name == u"BEGIN")
            return beginComponent(property.value.trimmed().toUpper(), line.line);
        if (property.name == u"END")
            return endComponent(property.value.trimmed().toUpper(), line.line);
        if (m_open.isEmpty())
            return outside(line.line);
        if (m_event && m_open.last().name == u"VEVENT")
            return eventProperty(property, line.line);
        return std::nullopt;
    }

    CalendarParseError outside(int line) const
    {
        if (m_calendarLine == 0)
            return {line, CalendarParseError::tr("the file does not start with BEGIN:VCALENDAR")};
        return {line, CalendarParseError::tr("text after END:VCALENDAR")};
    }

    std::optional<CalendarParseError> beginComponent(const QString &name, int line)
    {
        if (m_open.isEmpty()) {
            if (name != u"VCALENDAR" || m_calendarLine != 0)
                return outside(line);
            m_calendarLine = line;
        } else if (name == u"VCALENDAR") {
            return CalendarParseError{
                line, CalendarParseError::tr("VCALENDAR inside BEGIN:%1").arg(m_open.last().name)};
        } else if (name == u"VEVENT") {
            if (m_open.last().name != u"VCALENDAR")
                return CalendarParseError{
                    line, CalendarParseError::tr("VEVENT inside BEGIN:%1").arg(m_open.last().name)};
            m_event = Event{line, {}, {}, {}};
        }
        m_open.append({name, line});
        return std::nullopt;
    }

    std::optional<CalendarParseError> endComponent(const QString &name, int line)
    {
        if (m_open.isEmpty())
            return CalendarParseError{line,
                                      CalendarParseError::tr("END:%1 without BEGIN:%1").arg(name)};
        if (m_open.last().name != name)
            return CalendarParseError{line, CalendarParseError::tr("END:%1 where END:%2 (of line "
                                                                   "%3) is expected")
                                                .arg(name, m_open.last().name)
                                                .arg(m_open.last().line)};
        m_open.removeLast();
        if (name != u"VEVENT")
            return std::nullopt;
        auto error = finishEvent(*m_event);
        m_event.reset();
        return error;
    }

    std::optional<CalendarParseError> eventProperty(const Property &property, int line)
    {
        const bool isStart = property.name == u"DTSTART";
        if (!isStart && property.name != u"DTEND" && property.name != u"SUMMARY")
            return std::nullopt;
        if ((isStart && m_event->start) || (property.name == u"DTEND" && m_event->end) ||
            (property.name == u"SUMMARY" && m_event->summary)) {
            return CalendarParseError{line, CalendarParseError::tr("a second %1 in the event of "
                                                                   "line %2")
                                                .arg(property.name)
                                                .arg(m_event->line)};
        }
        if (property.name == u"SUMMARY") {
            m_event->summary = unescapeText(property.value);
            return std::nullopt;
        }
        // All-day dates, "DTSTART;VALUE=DATE:20250101" or "DTSTART:20250101".
        const QString value = property.value.trimmed();
        const QDate date = QDate::fromString(value, QStringLiteral("yyyyMMdd"));
        if (value.size() != 8 || !date.isValid())
            return CalendarParseError{
                line, CalendarParseError::tr("invalid date \"%1\" in %2: expected yyyyMMdd")
                          .arg(value, property.name)};
        (isStart ? m_event->start : m_event->end) = DateProperty{date, line};
        return std::nullopt;
    }

    std::optional<CalendarParseError> finishEvent(const Event &event)
    {
        if (!event.start)
            return CalendarParseError{event.line,
                                      CalendarParseError::tr("the event has no DTSTART")};
        const QDate start = event.start->date;
        // DTEND is exclusive; without it an all-day event lasts one day (RFC 5545 3.6.1).
        const QDate end = event.end ? event.end->date : start.addDays(1);
        if (end <= start)
            return CalendarParseError{
                event.end->line, CalendarParseError::tr("DTEND %1 is not after DTSTART %2")
                                     .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate))};
        if (start.daysTo(end) > kMaxEventDays)
            return CalendarParseError{event.end->line,
                                      CalendarParseError::tr("the event lasts %1 days; at most "
                                                             "%2 are expected")
                                          .arg(start.daysTo(end))
                                          .arg(kMaxEventDays)};
        const QString name = event.summary.value_or(QString());
        const bool offDay = !name.startsWith(u"上班"); // "上班" = at work: a make-up day (调休)
        for (QDate day = start; day < end; day = day.addDays(1)) {
            if (auto error = m_days.add({day, offDay, name}, event.start->line))
                return error;
        }
        ++m_startYears[start.year()];
        return std::nullopt;
    }

    // The schedule's year: a 2023 schedule may hold an event on 2022-12-31. On a tie the later
    // year wins, as such a stray day precedes its schedule.
    int mostCommonStartYear() const
    {
        int best = 0;
        int bestCount = 0;
        for (const auto &[year, count] : m_startYears) {
            if (count >= bestCount) {
                best = year;
                bestCount = count;
            }
        }
        return best;
    }

    QList<ContentLine> m_lines;
    QList<Component> m_open;
    std::optional<Event> m_event;
    int m_calendarLine = 0; // line of BEGIN:VCALENDAR, 0 before it
    calendarfile::DayCollector m_days;
    std::map<int, int> m_startYears; // ordered: ties go to the later year
    int m_year = 0;
};

} // namespace

Result<CalendarFileData> parseICalendar(const QByteArray &data)
{
    IcsSchedule schedule;
    if (auto error = schedule.read(data))
        return error->toError();
    return schedule.data();
}

} // namespace sf
