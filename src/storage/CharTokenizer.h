// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

struct sqlite3;

namespace sf {

// Registers the FTS5 tokenizer "sf_chars" on a connection: every character except whitespace and
// punctuation, and every pair of adjacent ones, is a token (ASCII letters lower-cased). A search of
// one or two characters — which the trigram tokenizer cannot answer — is then a single token: an
// index lookup without positions. Every connection that reads or writes the customer search
// index needs it.
Status registerCharTokenizer(sqlite3 *db);

} // namespace sf
