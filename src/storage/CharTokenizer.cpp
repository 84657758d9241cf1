// SPDX-License-Identifier: MIT
#include "storage/CharTokenizer.h"

#include <QCoreApplication>
#include <QString>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <sqlite3.h>

namespace sf {
namespace {

// The tokenizer has no configuration: any non-null pointer serves as its instance.
int createTokenizer(void *, const char **, int, Fts5Tokenizer **out)
{
    static char instance = 0;
    *out = reinterpret_cast<Fts5Tokenizer *>(&instance);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *) {}

// Length of the UTF-8 sequence that starts with `lead` (1 for a stray continuation byte).
int sequenceLength(unsigned char lead)
{
    if (lead >= 0xF0)
        return 4;
    if (lead >= 0xE0)
        return 3;
    if (lead >= 0xC0)
        return 2;
    return 1;
}

bool isSeparator(const unsigned char *text, int length)
{
    if (length == 1) {
        const unsigned char c = text[0];
        return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    }
    const QString character =
        QString::fromUtf8(reinterpret_cast<const char *>(text), static_cast<qsizetype>(length));
    if (character.isEmpty())
        return true;
    const QChar first = character.at(0);
    return first.isSpace() || first.isPunct() || first.isSymbol();
}

// Emits one token (ASCII lower-cased).
int emitToken(void *context, int (*emit)(void *, int, const char *, int, int, int),
              const char *text, int start, int end)
{
    char buffer[16];
    const int length = std::min(end - start, int(sizeof buffer));
    for (int i = 0; i < length; ++i) {
        const char c = text[start + i];
        buffer[i] = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
    return emit(context, 0, buffer, length, start, end);
}

// Indexing emits every character and every pair of adjacent characters; a query of one or two
// characters is then one token (no phrase to match, so the index needs no positions). A query of
// exactly two characters emits their pair, any other query its characters.
int tokenize(Fts5Tokenizer *, void *context, int flags, const char *text, int size,
             int (*emit)(void *, int, const char *, int, int, int))
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text);
    struct Span
    {
        int start;
        int end;
    };
    QVarLengthArray<Span, 64> characters; // of the text, separators left out
    QVarLengthArray<bool, 64> follows;    // whether a character directly follows the previous
    bool adjacent = false;
    for (int at = 0; at < size;) {
        const int length = std::min(sequenceLength(bytes[at]), size - at);
        if (isSeparator(bytes + at, length)) {
            adjacent = false;
        } else {
            characters.append({at, at + length});
            follows.append(adjacent);
            adjacent = true;
        }
        at += length;
    }
    if ((flags & FTS5_TOKENIZE_QUERY) != 0 && characters.size() == 2 && follows[1])
        return emitToken(context, emit, text, characters[0].start, characters[1].end);
    const bool indexing = (flags & FTS5_TOKENIZE_DOCUMENT) != 0;
    for (qsizetype i = 0; i < characters.size(); ++i) {
        if (const int rc = emitToken(context, emit, text, characters[i].start, characters[i].end);
            rc != SQLITE_OK)
            return rc;
        if (indexing && i > 0 && follows[i]) {
            if (const int rc =
                    emitToken(context, emit, text, characters[i - 1].start, characters[i].end);
                rc != SQLITE_OK)
                return rc;
        }
    }
    return SQLITE_OK;
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

} // namespace

Status registerCharTokenizer(sqlite3 *db)
{
    fts5_api *api = db ? fts5Api(db) : nullptr;
    if (!api)
        return Error::storage(QCoreApplication::translate(
            "Database", "This SQLite build has no FTS5 full-text search."));
    static fts5_tokenizer tokenizer = {createTokenizer, deleteTokenizer, tokenize};
    if (api->xCreateTokenizer(api, "sf_chars", nullptr, &tokenizer, nullptr) != SQLITE_OK)
        return Error::storage(
            QCoreApplication::translate("Database", "Cannot register the search tokenizer."));
    return Ok{};
}

} // namespace sf
