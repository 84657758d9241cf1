// SPDX-License-Identifier: MIT
// (being written)
int runFollowUpPlansTests(int, char **)
{
    return 0;
}
