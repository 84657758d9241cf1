// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

struct sqlite3;

namespace sf {

// Registers the FTS5 tokenizer "sf_chars" on a connection: every character except whitespace and
// punctuation is a token of its own (ASCII letters lower-cased). A search of one or two Chinese
// characters then becomes a phrase query of adjacent tokens, which the trigram tokenizer cannot
// answer. Every connection that writes the customer search index needs it.
Status registerCharTokenizer(sqlite3 *db);

} // namespace sf
