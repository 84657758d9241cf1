// SPDX-License-Identifier: MIT
// (being written)
#include <gtest/gtest.h>
